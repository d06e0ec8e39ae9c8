#!/usr/bin/env python3
"""Side-by-side figures for httpref, fzf and skim (sk) on the same rows, in one run.

    cargo build --release --examples && python3 benches/compare_fzf.py [ROWS,ROWS,...]

For each size (default 18,1000,10000,100000,1000000; 18 means the embedded
table) generates a table with examples/gen_table, writes the same rows as
plain "code reason description" lines for fzf and sk, then measures, with the
tools' runs interleaved (httpref, fzf, sk, httpref, ...):
  - one-shot: a keyword search (`httpref QUERY` / `fzf --filter QUERY` /
    `sk --filter QUERY`) and an exact-code lookup (`httpref CODE` / `--filter CODE`);
  - in a 120x40 pseudo-terminal: time to the first complete screen, and for
    each key of a typed query, the time to the first screen change (echo)
    and to the last (results); peak memory after typing.
A screen counts as complete when the program then stays silent for 150 ms;
times are to its last byte before that silence, the first screen's from the
moment the program is executed (its loading counts, this script's fork does not). A tool not installed is left out.
"""
import fcntl, os, pty, select, signal, statistics, struct, subprocess, sys, tempfile, termios, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HTTPREF = os.path.join(ROOT, "target", "release", "httpref")
GEN = os.path.join(ROOT, "target", "release", "examples", "gen_table")
QUERY = "gateway timeout"
TYPED = "bucket denied"
SILENCE = 0.15
RUNS = 5
SESSIONS = 3
# Small tables start in a few milliseconds, where one slow start moves a median of three.
SMALL_SESSIONS, SMALL_ROWS = 9, 10_000
SIZES = [18, 1_000, 10_000, 100_000, 1_000_000]


def timed(argv, stdin=None):
    """Wall time and peak RSS (KiB) of one run. GNU time measures the memory:
    a child forked from this Python process would count Python's pages too."""
    with tempfile.NamedTemporaryFile("r") as report:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name, *argv], stdin=stdin,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        return elapsed, int(report.read().split()[-1])


def one_shot(commands):
    """Median time and peak memory of each (argv, stdin) command, runs interleaved."""
    runs = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, (argv, stdin_path) in commands.items():
            with open(stdin_path or os.devnull, "rb") as stdin:
                runs[name].append(timed(argv, stdin))
    return {name: (statistics.median(r[0] for r in rs), max(r[1] for r in rs)) for name, rs in runs.items()}


class Pty:
    def __init__(self, argv, stdin_path=None):
        # The child says when it execs: the first screen is timed from there, so that
        # this (large) Python process's fork is not counted against the program.
        exec_read, exec_write = os.pipe()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.close(exec_read)
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
            if stdin_path:
                data = os.open(stdin_path, os.O_RDONLY)
                os.dup2(data, 0)
            os.environ["TERM"] = "xterm-256color"
            os.write(exec_write, struct.pack("d", time.perf_counter()))
            os.execv(argv[0], argv)
        os.close(exec_write)
        self.start = struct.unpack("d", os.read(exec_read, 8))[0]
        os.close(exec_read)

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
    for key in TYPED:
        sent = session.send(key)
        first, last = session.settle()
        if first is not None:
            echo.append(first - sent)
            results.append(last - sent)
    peak = session.peak_kib()
    session.stop()
    return first_screen, echo, results, peak


def ms(seconds):
    # Tenths where they matter: a few milliseconds apart is a lot at that scale.
    return f"{seconds * 1000:.1f} ms" if seconds < 0.01 else f"{seconds * 1000:.0f} ms"


def installed(tool):
    return subprocess.run(["sh", "-c", f"command -v {tool}"], stdout=subprocess.DEVNULL).returncode == 0


def measure(rows, work):
    table = os.path.join(work, f"{rows}.toml")
    lines = os.path.join(work, f"{rows}.txt")
    if rows == 18:
        with open(table, "w") as out:
            out.write(open(os.path.join(ROOT, "assets", "status_codes.toml")).read())
    else:
        with open(table, "wb") as out:
            subprocess.run([GEN, str(rows)], stdout=out, check=True)
    # Converted in a child process, so that this one stays small: children forked from it
    # would otherwise start with its memory counted in their peak.
    convert = "import json,sys\nfor e in json.load(sys.stdin): print(e['code'], e['reason'], e['description'])"
    exported = subprocess.Popen([HTTPREF, "--table", table, "--json", "--list"], stdout=subprocess.PIPE)
    with open(lines, "w") as out:
        subprocess.run([sys.executable, "-c", convert], stdin=exported.stdout, stdout=out, check=True)
    exported.wait()
    with open(lines) as text:
        all_lines = text.readlines()
    code = all_lines[len(all_lines) // 2].split()[0]
    size_mb = os.path.getsize(table) / 1e6
    print(f"### {rows} rows ({size_mb:.1f} MB of TOML), {os.cpu_count()} cores\n")

    table_args = [] if rows == 18 else ["--table", table]
    peers = [tool for tool in ("fzf", "sk") if installed(tool)]
    for what, query in (("keyword search", QUERY), ("exact code", code)):
        commands = {"httpref": ([HTTPREF, *table_args, *query.split()], None)}
        commands.update({tool: ([tool, "--filter", query], lines) for tool in peers})
        figures = one_shot(commands)
        print(f"| one-shot {what} `{query}` | time (median of {RUNS}) | peak memory |")
        print("|---|---|---|")
        for name, (seconds, peak) in figures.items():
            print(f"| {name} | {ms(seconds)} | {peak / 1024:.1f} MB |")
        print()

    sessions = {"httpref": ([HTTPREF, *table_args], None, "/")}
    sessions.update({tool: (["/usr/bin/env", tool], lines, "") for tool in peers})
    taken = {name: [] for name in sessions}
    for _ in range(SMALL_SESSIONS if rows <= SMALL_ROWS else SESSIONS):
        for name, (argv, stdin_path, before) in sessions.items():
            taken[name].append(interactive(argv, stdin_path, before))
    print(f"| typing `{TYPED}`, 120x40 | first complete screen | per key: echo (median / max) | "
          "per key: results (median / max) | peak memory |")
    print("|---|---|---|---|---|")
    for name, runs in taken.items():
        first = statistics.median(run[0] for run in runs)
        echo = [e for run in runs for e in run[1]]
        results = [r for run in runs for r in run[2]]
        peak = max(run[3] for run in runs)
        print(f"| {name} | {ms(first)} | {ms(statistics.median(echo))} / {ms(max(echo))} | "
              f"{ms(statistics.median(results))} / {ms(max(results))} | {peak / 1024:.1f} MB |")
    print()


def main():
    sizes = [int(n) for n in sys.argv[1].split(",")] if len(sys.argv) > 1 else SIZES
    for binary in (HTTPREF, GEN):
        if not os.path.exists(binary):
            sys.exit(f"missing {binary}: run `cargo build --release --examples` first")
    with tempfile.TemporaryDirectory() as work:
        for rows in sizes:
            measure(rows, work)


if __name__ == "__main__":
    main()
