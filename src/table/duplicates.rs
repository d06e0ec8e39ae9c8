//! Finding codes a table repeats: each code hashed alike in either case,
//! hashes compared in cache-sized buckets, and only rows of equal hash
//! compared as text.

use rustc_hash::{FxBuildHasher, FxHasher};
use std::collections::{HashMap, HashSet};
use std::hash::Hasher;

/// A code's hash, alike for codes equal ignoring ASCII case, without allocating.
pub(super) fn caseless_hash(code: &str) -> u64 {
    // Eight bytes at a time with the 0x20 bit set: ASCII letters hash alike in
    // either case. A few other bytes collide too, which `duplicates` tells apart.
    let mut state = FxHasher::default();
    let mut words = code.as_bytes().chunks_exact(8);
    for word in &mut words {
        let word: [u8; 8] = word.try_into().unwrap_or_default();
        state.write_u64(u64::from_le_bytes(word) | 0x2020_2020_2020_2020);
    }
    let mut last = [0u8; 8];
    for (to, from) in last.iter_mut().zip(words.remainder()) {
        *to = from | 0x20;
    }
    state.write_u64(u64::from_le_bytes(last));
    state.write_usize(code.len());
    state.finish()
}

/// Every row whose code an earlier row already has: (that earlier row, the
/// row), by stored index. Rows are told apart by their codes' hashes, and
/// only rows of equal hash compared with `same`.
pub(super) fn duplicates(hashes: &[u64], same: impl Fn(usize, usize) -> bool) -> Vec<(usize, usize)> {
    let collided = repeated(hashes);
    if collided.is_empty() {
        return Vec::new();
    }
    // Rare: equal hashes. Each row of such a hash compared with the earlier ones.
    let mut earlier: HashMap<u64, Vec<usize>, FxBuildHasher> = HashMap::default();
    let mut found = Vec::new();
    for row in (0..hashes.len()).filter(|&row| collided.contains(&hashes[row])) {
        let rows = earlier.entry(hashes[row]).or_default();
        match rows.iter().find(|&&first| same(first, row)) {
            Some(&first) => found.push((first, row)),
            None => rows.push(row),
        }
    }
    found
}

/// Hashes in one bucket, by their top bits: a set of that many stays in the cache.
const BUCKET_BITS: u32 = 8;
/// Fewer hashes than this fit the cache in one set.
const BUCKETED_MIN: usize = 1 << 16;

/// The hashes that occur more than once.
fn repeated(hashes: &[u64]) -> HashSet<u64, FxBuildHasher> {
    let mut seen: HashSet<u64, FxBuildHasher> = HashSet::default();
    let mut repeated = HashSet::default();
    if hashes.len() < BUCKETED_MIN {
        seen.reserve(hashes.len());
        repeated.extend(hashes.iter().copied().filter(|&hash| !seen.insert(hash)));
        return repeated;
    }
    // One set over a million hashes misses the cache at nearly every insert:
    // the hashes are first laid out by bucket, then each bucket is checked alone.
    let bucket = |hash: u64| (hash >> (64 - BUCKET_BITS)) as usize;
    let mut starts = vec![0usize; (1 << BUCKET_BITS) + 1];
    for &hash in hashes {
        starts[bucket(hash) + 1] += 1;
    }
    for index in 1..starts.len() {
        starts[index] += starts[index - 1];
    }
    let mut next = starts.clone();
    let mut by_bucket = vec![0u64; hashes.len()];
    for &hash in hashes {
        let slot = &mut next[bucket(hash)];
        by_bucket[*slot] = hash;
        *slot += 1;
    }
    for range in starts.windows(2) {
        seen.clear();
        repeated.extend(by_bucket[range[0]..range[1]].iter().copied().filter(|&hash| !seen.insert(hash)));
    }
    repeated
}

#[cfg(test)]
mod tests;
