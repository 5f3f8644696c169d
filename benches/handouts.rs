//! Handout speed: all 9 x 10 PDFs and all 90 HTML handouts in one process.

use std::hint::black_box;

use cpt_explain_core::handout::{self, HandoutOptions};
use cpt_explain_core::{Explainer, LanguageRequest};
use criterion::{Criterion, criterion_group, criterion_main};

fn all(c: &mut Criterion) {
    let explainer = Explainer::global();
    let opts = HandoutOptions::default();
    let explanations: Vec<_> = explainer
        .locale_infos()
        .iter()
        .flat_map(|l| {
            explainer.catalog().codes().iter().map(|f| {
                explainer
                    .explain(f.code.as_str(), &LanguageRequest::parse(&l.tag))
                    .unwrap()
            })
        })
        .collect();
    assert_eq!(explanations.len(), 90);
    let mut group = c.benchmark_group("handouts");
    group.sample_size(10);
    group.bench_function("all 90 PDF handouts", |b| {
        b.iter(|| {
            for e in &explanations {
                black_box(cpt_explain_pdf::render(explainer, e, &opts).unwrap());
            }
        })
    });
    group.bench_function("all 90 HTML handouts", |b| {
        b.iter(|| {
            for e in &explanations {
                black_box(cpt_explain_html::handout(explainer, e, &opts).unwrap());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, all);
criterion_main!(benches);
