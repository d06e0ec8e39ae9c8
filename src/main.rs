use httpref::catalogue::{Catalogues, Places};
use httpref::cli::{Cli, Command};
use httpref::import::command::{self as import, Outcome as Imported};
use httpref::plan::{self, Env, Plan};
use httpref::platform;
use httpref::print::{self, Output, Printer};
use httpref::report::{self, report};
use httpref::tui::{self, theme::Theme};
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use httpref::oneshot::{self, Shown};
use httpref::status::{self, BAD_INPUT, FOUND, NOT_FOUND};

fn main() -> ExitCode {
    // The holder's flag is internal, so not in `Cli`: it never shows in --help or completions.
    if std::env::args_os().nth(1).is_some_and(|arg| arg == platform::HOLDER_FLAG) {
        return ExitCode::from(u8::try_from(platform::serve_holder()).unwrap_or(1));
    }
    let result = match Cli::parse_args(std::env::args_os().collect()) {
        Ok(cli) => run(cli),
        Err(err) => report::clap_message(&err).map(|shown| if shown { FOUND } else { BAD_INPUT }),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        // A closed pipe (`httpref --list | head`) is the reader's choice, not an error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(FOUND),
        Err(err) => {
            report(err);
            ExitCode::from(BAD_INPUT)
        }
    }
}

fn run(cli: Cli) -> io::Result<u8> {
    let mut out = io::BufWriter::new(Output(io::stdout().lock()));
    let plan = plan::plan(&cli, &Env::read());
    match plan {
        Plan::Import => {
            let Some(Command::Import(args)) = &cli.command else { unreachable!("planned from it") };
            let timeout = std::time::Duration::from_secs(args.timeout);
            return Ok(match import::run(&args.file, &args.options(), args.verbose, timeout, &mut out)? {
                Imported::Imported => FOUND,
                Imported::NoTable => NOT_FOUND,
                Imported::Failed => BAD_INPUT,
            });
        }
        Plan::Completions(shell) => {
            Cli::print_completions(shell, &mut out)?;
            out.flush()?;
            return Ok(FOUND);
        }
        Plan::Unusable(why) => {
            report(why);
            return Ok(BAD_INPUT);
        }
        _ => {}
    }
    let catalogues = Arc::new(Catalogues::discover(&cli.tables(), &Places::from_env()));
    if plan == Plan::Catalogues {
        match &cli.command {
            Some(Command::Catalogues(args)) if args.names => print::catalogue_names(&mut out, &catalogues)?,
            _ => print::catalogues(&mut out, &catalogues)?,
        }
        out.flush()?;
        return Ok(FOUND);
    }
    catalogues.problems.iter().for_each(report);
    let (chosen, table) = match catalogues.show(&cli.catalogue) {
        Ok(shown) => shown,
        Err(why) => {
            report(why);
            return Ok(BAD_INPUT);
        }
    };
    let shown = Shown { catalogues: &catalogues, chosen: &chosen, table: &table };
    let status = match plan {
        Plan::Lookup { json, copy, color } => {
            let width = io::stdout().is_terminal().then(|| crossterm::terminal::size().ok()).flatten();
            let printer = Printer { color, width: width.map(|(columns, _)| usize::from(columns)) };
            oneshot::run(&cli.query, &shown, json, copy, &printer, &mut out)?
        }
        Plan::Json => {
            Printer { color: false, width: None }
                .json(&mut out, print::tagged(&table, shown.single(), 0..table.len()))?;
            FOUND
        }
        Plan::Print { color, why } => {
            if let Some(why) = why {
                report(format_args!("{why}: printing the table instead of opening the browser"));
            }
            Printer { color, width: None }.table(&mut out, &table)?;
            FOUND
        }
        Plan::Browse { query, color, pick } => {
            drop(out);
            let pick = pick.map(Into::into);
            let names = shown.names();
            let exit = tui::event_loop::run(Arc::clone(&catalogues), table, &names, query, Theme::new(color), pick)?;
            let (status, picked) = status::of_browser(exit);
            if let Some(text) = picked {
                let mut stdout = Output(io::stdout().lock());
                writeln!(stdout, "{text}")?;
                stdout.flush()?;
            }
            return Ok(status);
        }
        Plan::Import | Plan::Completions(_) | Plan::Unusable(_) | Plan::Catalogues => unreachable!("handled above"),
    };
    out.flush()?;
    // The process ends now: returning a big table's memory page by page would only delay it.
    std::mem::forget(table);
    std::mem::forget(catalogues);
    Ok(status)
}
