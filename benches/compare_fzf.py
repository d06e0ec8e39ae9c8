#!/usr/bin/env python3
"""Side-by-side figures for httpref and fzf on the same rows, in one run.

    cargo build --release --examples && python3 benches/compare_fzf.py [ROWS]

Generates an N-row table (default 100000; 18 means the embedded table) with
examples/gen_table, writes the
same rows as plain "code reason description" lines for fzf, then measures:
  - one-shot search: `httpref --table big.toml QUERY` against `fzf --filter QUERY`
  - in a 120x40 pseudo-terminal: time to the first complete screen, and for each
    key of a typed query, the time to the first screen change (echo) and to the
    last (results); peak memory after typing.
A screen counts as complete when the program then stays silent for 150 ms;
times are to its last byte before that silence.
"""
import fcntl, os, pty, select, signal, statistics, struct, subprocess, sys, tempfile, termios, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HTTPREF = os.path.join(ROOT, "target", "release", "httpref")
GEN = os.path.join(ROOT, "target", "release", "examples", "gen_table")
QUERY = "gateway timeout"
SILENCE = 0.15
RUNS = 5


def timed(argv, stdin=None):
    """Wall time and peak RSS (KiB) of one run. GNU time measures the memory:
    a child forked from this Python process would count Python's pages too."""
    with tempfile.NamedTemporaryFile("r") as report:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name, *argv], stdin=stdin,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        return elapsed, int(report.read().split()[-1])


def one_shot(argv, stdin_path=None):
    runs = []
    for _ in range(RUNS):
        with open(stdin_path or os.devnull, "rb") as stdin:
            runs.append(timed(argv, stdin))
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


class Pty:
    def __init__(self, argv, stdin_path=None):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
            if stdin_path:
                data = os.open(stdin_path, os.O_RDONLY)
                os.dup2(data, 0)
            os.environ["TERM"] = "xterm-256color"
            os.execv(argv[0], argv)
        self.start = time.perf_counter()

    def settle(self):
        """(time of first byte, time of last byte) until SILENCE passes."""
        first = last = None
        while True:
            ready, _, _ = select.select([self.fd], [], [], SILENCE if first else 10)
            if not ready:
                return first, last
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return first, last
            if not data:
                return first, last
            now = time.perf_counter()
            first = first or now
            last = now
            # Answer cursor-position queries so no program waits on them.
            if b"\x1b[6n" in data:
                os.write(self.fd, b"\x1b[1;1R")

    def send(self, text):
        sent = time.perf_counter()
        os.write(self.fd, text.encode())
        return sent

    def peak_kib(self):
        with open(f"/proc/{self.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0

    def stop(self):
        os.kill(self.pid, signal.SIGTERM)
        os.waitpid(self.pid, 0)


def interactive(argv, stdin_path=None, before_typing=""):
    session = Pty(argv, stdin_path)
    _, last = session.settle()
    first_screen = last - session.start
    if before_typing:
        session.send(before_typing)
        session.settle()
    echo, results = [], []
    for key in QUERY:
        sent = session.send(key)
        first, last = session.settle()
        if first is not None:
            echo.append(first - sent)
            results.append(last - sent)
    peak = session.peak_kib()
    session.stop()
    return first_screen, echo, results, peak


def ms(seconds):
    return f"{seconds * 1000:.0f} ms"


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    for binary in (HTTPREF, GEN):
        if not os.path.exists(binary):
            sys.exit(f"missing {binary}: run `cargo build --release --examples` first")
    with tempfile.TemporaryDirectory() as work:
        table = os.path.join(work, "big.toml")
        lines = os.path.join(work, "big.txt")
        if rows == 18:
            with open(table, "w") as out:
                out.write(open(os.path.join(ROOT, "assets", "status_codes.toml")).read())
        else:
            with open(table, "wb") as out:
                subprocess.run([GEN, str(rows)], stdout=out, check=True)
        # Converted in a child process, so that this one stays small: children forked from it
        # would otherwise start with its memory counted in their peak.
        convert = "import json,sys\nfor e in json.load(sys.stdin): print(e['code'], e['reason'], e['description'])"
        exported = subprocess.Popen([HTTPREF, "--table", table, "--json"], stdout=subprocess.PIPE)
        with open(lines, "w") as out:
            subprocess.run([sys.executable, "-c", convert], stdin=exported.stdout, stdout=out, check=True)
        exported.wait()
        size_mb = os.path.getsize(table) / 1e6
        print(f"{rows} rows ({size_mb:.1f} MB of TOML), query {QUERY!r}, {os.cpu_count()} cores\n")

        table_args = [] if rows == 18 else ["--table", table]
        h_time, h_mem = one_shot([HTTPREF, *table_args, *QUERY.split()])
        f_time, f_mem = one_shot(["fzf", "--filter", QUERY], lines)
        print("| one-shot search | time (median of 5) | peak memory |")
        print("|---|---|---|")
        shown_args = "" if rows == 18 else "--table big.toml "
        print(f"| `httpref {shown_args}{QUERY}` | {ms(h_time)} | {h_mem / 1024:.1f} MB |")
        print(f"| `fzf --filter '{QUERY}' < lines` | {ms(f_time)} | {f_mem / 1024:.1f} MB |\n")

        h = interactive([HTTPREF, *table_args], before_typing="/")
        f = interactive(["/usr/bin/env", "fzf"], stdin_path=lines)
        print("| interactive, 120x40 | first complete screen | per key: echo (median / max) | per key: results (median / max) | peak memory |")
        print("|---|---|---|---|---|")
        for name, (first, echo, results, peak) in (("httpref", h), ("fzf", f)):
            print(
                f"| {name} | {ms(first)} | {ms(statistics.median(echo))} / {ms(max(echo))} | "
                f"{ms(statistics.median(results))} / {ms(max(results))} | {peak / 1024:.1f} MB |"
            )


if __name__ == "__main__":
    main()
