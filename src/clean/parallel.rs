//! Work on a long text shared out over the cores: paragraph by paragraph
//! steps of the cleaner run on consecutive runs of paragraphs, one run per
//! core, and their results are put back in order. An ordinary article stays
//! on one thread (starting threads would cost more than they save).

/// Below this many bytes of input, everything runs on the calling thread.
pub const PARALLEL_BYTES: usize = 1 << 20;

/// `work` on consecutive runs of `input` of about equal `weight`, one run per
/// core when the total weight reaches [`PARALLEL_BYTES`] (else one run on
/// this thread); the results in input order.
pub fn in_runs<T: Send, R: Send>(input: Vec<T>, weight: impl Fn(&T) -> usize, work: impl Fn(Vec<T>) -> R + Sync) -> Vec<R> {
    let total: usize = input.iter().map(&weight).sum();
    // (the cores are counted only for a long input: it costs system calls)
    let runs = if total >= PARALLEL_BYTES { cores().min(input.len()) } else { 1 };
    if runs <= 1 {
        return vec![work(input)];
    }
    let share = total.div_ceil(runs);
    let mut parts: Vec<Vec<T>> = Vec::with_capacity(runs);
    let mut part = Vec::new();
    let mut filled = 0;
    for x in input {
        filled += weight(&x);
        part.push(x);
        if filled >= share && parts.len() + 1 < runs {
            parts.push(std::mem::take(&mut part));
            filled = 0;
        }
    }
    parts.push(part);
    let work = &work;
    std::thread::scope(|s| {
        let mut rest = parts.into_iter();
        let first = rest.next();
        let handles: Vec<_> = rest.map(|p| s.spawn(move || work(p))).collect();
        let mut out = Vec::with_capacity(handles.len() + 1);
        out.extend(first.map(work));
        for h in handles {
            // A panic in a helper thread goes on in this one, as it would have
            // without threads (the terminal-restoring hook then runs).
            out.push(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        out
    })
}

/// The runs' results end to end (the first run's vector is reused).
pub fn concat<X>(runs: Vec<Vec<X>>) -> Vec<X> {
    let mut runs = runs.into_iter();
    let mut out = runs.next().unwrap_or_default();
    out.extend(runs.flatten());
    out
}

/// The cores this process may use (at most 8), counted once.
fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, std::num::NonZero::get).min(8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_keep_input_order_and_cover_everything() {
        // Large enough to be shared out; each item weighs 1 KB.
        let input: Vec<usize> = (0..3000).collect();
        let runs = in_runs(input, |_| 1024, |run| run);
        assert_eq!(runs.len(), cores());
        assert_eq!(concat(runs), (0..3000).collect::<Vec<_>>());
        // Small inputs stay in one run.
        assert_eq!(in_runs(vec![1, 2, 3], |_| 10, |run| run), vec![vec![1, 2, 3]]);
        assert_eq!(in_runs(Vec::<u8>::new(), |_| 10, |run| run.len()), vec![0]);
    }
}
