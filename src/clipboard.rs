//! Copying to the system clipboard.

/// Opened on the first copy, not at start-up, and kept alive so that the
/// copied text stays served while the browser runs.
#[derive(Default)]
pub struct Clipboard {
    system: Option<arboard::Clipboard>,
}

impl Clipboard {
    /// Copies `text`; `Ok` says how ("to the clipboard"), `Err` why not.
    pub fn copy(&mut self, text: &str) -> Result<String, String> {
        if self.system.is_none() {
            self.system = Some(arboard::Clipboard::new().map_err(|err| format!("Could not copy: {err}"))?);
        }
        let clipboard = self.system.as_mut().expect("opened above");
        clipboard.set_text(text).map_err(|err| format!("Could not copy: {err}"))?;
        Ok("to the clipboard".to_string())
    }
}
