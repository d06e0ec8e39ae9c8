//! Load, search and render at 18, 1k, 10k and 100k rows; each key of a query
//! typed into 100k rows; the quality rule on one field; importing the seed page
//! and pages of many headed codes or many small tables. `cargo bench --bench scale`

use criterion::BatchSize;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use httpref::import::{self, Options};
use httpref::search::rule::{self, Term};
use httpref::search::Searcher;
use httpref::table::generate::generate;
use httpref::table::{Table, EMBEDDED_SOURCE};
use httpref::tui::app::{update_inline, Action, App};
use httpref::tui::finder::Finder;
use httpref::tui::view::{self, Theme};
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

const SIZES: [usize; 4] = [18, 1_000, 10_000, 100_000];
const QUERY: &str = "gateway timeout";
/// The query typed key by key in the browser benches, as in benches/compare_fzf.py.
const TYPED: &str = "bucket denied";

fn source(rows: usize) -> String {
    if rows == 18 {
        EMBEDDED_SOURCE.to_string()
    } else {
        generate(rows)
    }
}

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    for rows in SIZES {
        let text = source(rows);
        group.bench_with_input(BenchmarkId::from_parameter(rows), &text, |b, text| {
            b.iter(|| Table::from_toml("bench", black_box(text)).unwrap())
        });
    }
    group.finish();
}

/// A table file read and checked: the whole of what opening one costs.
fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    let dir = tempfile::tempdir().unwrap();
    for rows in SIZES {
        let path = dir.path().join(format!("{rows}.toml"));
        std::fs::write(&path, source(rows)).unwrap();
        group.bench_with_input(BenchmarkId::from_parameter(rows), &path, |b, path| {
            b.iter(|| Table::load(black_box(path), httpref::source::Access::Named).unwrap())
        });
    }
    group.finish();
}

/// One key of "bucket denied" typed into 100k rows, the keys before it
/// already searched (so each narrows the last answer, as in the browser).
fn keys(c: &mut Criterion) {
    let table = Table::from_toml("bench", &generate(100_000)).unwrap();
    let mut group = c.benchmark_group("key");
    group.sample_size(20);
    for typed in [1, 2, 3, 8, TYPED.len()] {
        let query = &TYPED[..typed];
        group.bench_with_input(BenchmarkId::from_parameter(format!("{query:?}")), query, |b, query| {
            b.iter_batched(
                || {
                    let mut searcher = Searcher::default();
                    for end in 1..query.len() {
                        searcher.search(&table, &query[..end]);
                    }
                    searcher
                },
                |mut searcher| searcher.search(&table, black_box(query)).len(),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

/// The quality rule on 100k descriptions, for a term of each kind of match.
fn quality_rule(c: &mut Criterion) {
    let table = Table::from_toml("bench", &generate(100_000)).unwrap();
    let mut group = c.benchmark_group("rule");
    group.sample_size(20);
    for term in ["request", "gtwy", "timeoutt", "zzz"] {
        let term = Term::new(term);
        group.bench_with_input(BenchmarkId::from_parameter(&term.text), &term, |b, term| {
            b.iter(|| table.entries().filter(|e| rule::find(e.description, term).is_some()).count())
        });
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let mut group = c.benchmark_group("search");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    for rows in SIZES {
        let table = Table::from_toml("bench", &source(rows)).unwrap();
        group.bench_with_input(BenchmarkId::from_parameter(rows), &table, |b, table| {
            b.iter(|| Searcher::default().search(table, black_box(QUERY)))
        });
    }
    group.finish();
}

/// One frame of the browser at 120x40, filtered, highlights and all.
fn render(c: &mut Criterion) {
    let mut group = c.benchmark_group("render");
    for rows in SIZES {
        let table = Arc::new(Table::from_toml("bench", &source(rows)).unwrap());
        let mut app = App::new(table, Rect::new(0, 0, 120, 40));
        let mut searcher = Finder::default();
        update_inline(&mut app, &mut searcher, Action::StartSearch);
        for c in "gate".chars() {
            update_inline(&mut app, &mut searcher, Action::SearchInput(c));
        }
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let theme = Theme::new(true);
        group.bench_function(BenchmarkId::from_parameter(rows), |b| {
            b.iter(|| {
                terminal.draw(|frame| view::render(frame, &app, &theme)).unwrap();
            })
        });
    }
    group.finish();
}

/// "bucket denied" typed into the browser one key at a time on 100k rows:
/// each key's search (narrowing as the query grows) and the frame after it.
fn typing(c: &mut Criterion) {
    let table = Arc::new(Table::from_toml("bench", &generate(100_000)).unwrap());
    let theme = Theme::new(true);
    let mut group = c.benchmark_group("typing");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    group.bench_function("100000 rows, 13 keys", |b| {
        b.iter(|| {
            let mut app = App::new(Arc::clone(&table), Rect::new(0, 0, 120, 40));
            let mut searcher = Finder::default();
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
            update_inline(&mut app, &mut searcher, Action::StartSearch);
            for c in TYPED.chars() {
                update_inline(&mut app, &mut searcher, Action::SearchInput(c));
                terminal.draw(|frame| view::render(frame, &app, &theme)).unwrap();
            }
            app.panes[1].rows.len()
        })
    });
    group.finish();
}

/// Importing the seed page, and 1 MB pages made of nothing but headed codes or
/// one-row tables: what a page's size costs when each part is small.
fn importing(c: &mut Criterion) {
    let seed = include_str!("../tests/fixtures/seed_status_codes.txt");
    let headed: String = (0..90_000).map(|i| format!("### {}\n", 10_000 + i)).collect();
    let tables: String = (0..70_000).map(|i| format!("|a|\n|-|\n|{i}|\n\n")).collect();
    let mut group = c.benchmark_group("import");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    for (name, text) in [("seed page", seed.to_string()), ("90k headed codes", headed), ("70k one-row tables", tables)]
    {
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| {
                import::import("bench.md", text, &Options::default())
                    .map(|i| i.normal.len() + i.abnormal.len())
                    .unwrap_or(0)
            })
        });
    }
    group.finish();
}

criterion_group!(benches, parse, load, search, keys, quality_rule, render, typing, importing);
criterion_main!(benches);
