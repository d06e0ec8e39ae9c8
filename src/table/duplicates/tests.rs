use super::*;

#[test]
fn codes_equal_but_for_case_hash_alike() {
    assert_eq!(caseless_hash("apig.0101"), caseless_hash("APIG.0101"));
    assert_ne!(caseless_hash("APIG.0101"), caseless_hash("APIG.0102"));
    assert_ne!(caseless_hash("404"), caseless_hash("404 "));
}

#[test]
fn repeats_are_found_in_small_and_bucketed_sets_alike() {
    for rows in [10, BUCKETED_MIN + 7] {
        let mut hashes: Vec<u64> = (0..rows as u64).map(|n| caseless_hash(&format!("CODE.{n}"))).collect();
        hashes.push(hashes[3]);
        hashes.push(hashes[rows - 1]);
        hashes.push(hashes[3]);
        let found = duplicates(&hashes, |a, b| hashes[a] == hashes[b]);
        assert_eq!(found, vec![(3, rows), (rows - 1, rows + 1), (3, rows + 2)], "{rows} rows");
    }
}

#[test]
fn equal_hashes_of_different_codes_are_not_duplicates() {
    let hashes = [7, 7, 9, 7];
    let codes = ["a", "b", "c", "a"];
    assert_eq!(duplicates(&hashes, |a, b| codes[a] == codes[b]), vec![(0, 3)]);
}
