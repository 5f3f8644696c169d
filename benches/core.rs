//! Core speed: loading every locale, and one full explanation.

use std::hint::black_box;

use cpt_explain_core::{Explainer, LanguageRequest};
use criterion::{Criterion, criterion_group, criterion_main};

fn load(c: &mut Criterion) {
    c.bench_function("load all ten locales and the catalogue", |b| {
        b.iter(|| black_box(Explainer::load().unwrap()))
    });
}

fn explain(c: &mut Criterion) {
    let explainer = Explainer::load().unwrap();
    let request = LanguageRequest::parse("ar");
    c.bench_function("explain 62324 in ar", |b| {
        b.iter(|| black_box(explainer.explain(black_box("62324"), &request).unwrap()))
    });
    let negotiated = explainer.locales().negotiate_strict(&request).unwrap();
    c.bench_function(
        "render 62324 in ar from the Fluent bundle (first use)",
        |b| b.iter(|| black_box(explainer.render(black_box("62324"), &negotiated).unwrap())),
    );
    let request = LanguageRequest::parse("pt-BR,es;q=0.8");
    c.bench_function("negotiate and explain 62324 (pt-BR,es;q=0.8)", |b| {
        b.iter(|| {
            black_box(
                explainer
                    .explain(
                        black_box("62324"),
                        &LanguageRequest::parse(black_box(request.as_str())),
                    )
                    .unwrap(),
            )
        })
    });
}

criterion_group!(benches, load, explain);
criterion_main!(benches);
