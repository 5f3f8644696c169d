//! Handout speed: every PDF and HTML handout (each code in each language) in one process.

use std::hint::black_box;

use cpt_explain_core::handout::HandoutOptions;
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
    assert_eq!(
        explanations.len(),
        explainer.catalog().codes().len() * explainer.locale_infos().len()
    );
    let mut group = c.benchmark_group("handouts");
    group.sample_size(10);
    group.bench_function("every PDF handout", |b| {
        b.iter(|| {
            for e in &explanations {
                black_box(cpt_explain_pdf::render(explainer, e, &opts).unwrap());
            }
        })
    });
    group.bench_function("every HTML handout", |b| {
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
