//! The words documentation uses, in the languages API references are
//! written in, for what a table's column holds and which group a table is.
//! Latin and Cyrillic words match at the start of a word and as stems
//! ("error" in "Errors", "ошибк" in "Ошибка"); Chinese, Japanese and Korean
//! words match anywhere. Vietnamese is here too, as pages were found in it.
//! A word ending in `$` matches only whole ("خطا$" is not "خطاب").
//! `mentions` finds a list's words inside a text; `is_one_of` takes the whole text for one.
//! Traditional Chinese matches as simplified (han.rs), so the lists need one form.

mod han;

use han::simplified;

/// Columns of HTTP status codes.
#[rustfmt::skip]
pub const STATUS: &[&str] = &[
    "mã trạng thái", "mã http",
    "http", "status code", "statuscode", "status-code", "returned value", "return value", "response code",
    "状态码", "狀態碼", "返回值", "ステータスコード", "ステータス コード", "상태 코드", "상태코드", "code d'état", "code d’état",
    "code de statut", "code de retour http", "código de estado", "código de status", "código http",
    "código de retorno http", "код состояния", "код статуса", "код ответа", "códigos de estado", "códigos de status",
    "codes d'état", "codes de statut", "codice di stato", "codici di stato", "statuscodes",
    "kod stanu", "kod statusu", "durum kodu", "kode status", "stavový kód", "код стану",
    "کد وضعیت", "स्थिति कोड",
];

/// Columns of codes: an API's error codes, or codes of no stated kind.
#[rustfmt::skip]
pub const CODE: &[&str] = &[
    "mã lỗi", "mã",
    "errcode", "errno", "retcode", "rescode", "resultcode", "sqlstate",
    "code", "codes", "errorcode", "fehlercode", "rückgabecode", "statuscode", "コード", "代码", "代碼", "码", "碼",
    "코드", "código", "codigo", "код", "kod", "kode", "kood", "veakood", "codice", "kód", "كود", "رمز", "รหัส", "קוד",
    "کد", "कोड", "կոդ",
];

/// Columns of advice and causes: kept as notes.
#[rustfmt::skip]
pub const NOTES: &[&str] = &[
    "giải pháp", "nguyên nhân", "ghi chú",
    "fehlerursache", "fehlerbehebung",
    "comment", "댓글", "코멘트", "注释", "评论", "コメント", "kommentar", "commentaire", "comentario", "comentário",
    "комментари",
    "solution", "remediation", "scenario", "escenario", "cenário", "场景", "シナリオ", "시나리오", "remède", "remedio", "rimedio", "sugest", "suger", "measure", "handling", "cause", "possible reason", "likely reason", "typical reason", "common reason", "remark", "note", "suggest", "resolution", "resolv", "action",
    "fix", "treatment", "when used", "when returned", "kapan digunakan", "cuándo se usa", "quando usar", "quando é usado", "wann verwendet", "recovery", "strategy", "estrategia", "estratégia", "stratégie", "策略", "workaround", "recommend", "troubleshoot", "debugging", "what to do", "where to look", "place to look", "what to check", "wann", "how to", "when to", "处理", "處理", "解决", "解決", "建议",
    "建議", "原因", "修正方法", "修正手順", "発生箇所", "备注", "備註", "措施", "排查", "対処", "対応", "備考", "対策", "해결", "조치", "원인", "비고", "대처", "lösung",
    "maßnahme", "massnahme", "handlungsempfehlung", "ursache", "hinweis", "abhilfe", "empfehlung", "behebung", "remarque", "mesure",
    "solución", "causa", "nota", "medida", "acción", "solução", "ação", "observaç", "решени", "причин",
    "примечани", "рекомендац", "действи", "معالج", "حلول",
    "soluzione", "oplossing", "rozwiązani", "řešení", "çözüm", "solusi", "рішення", "opmerking", "uwagi", "poznámka",
    "årsak", "årsag", "orsak", "przyczyn", "sebep", "önleme", "önemli",
    "co zrobić", "co robić", "was tun", "que faire", "qué hacer", "o que fazer", "что делать", "что проверить",
    "как исправить", "как решить", "проверк", "行为",
    "when it occurs", "occurs when", "quando ocorre", "cuando ocurre", "cuándo ocurre", "trigger", "raised when",
    "thrown when", "returned when",
    "발생 상황", "발생 조건", "발생 시점", "発生条件", "発生状況", "发生条件", "发生情况", "触发", "何时",
    "applied when", "applies when", "applies to", "usage", "use case",
    // "Endpoint(s)" holding "GET /api/v1/scan": where a code is answered, not what it means.
    "endpoint", "route", "エンドポイント", "엔드포인트", "接口路径",
    // "Raised by", "Thrown in": where in a program a code comes from.
    "raised by", "thrown by", "emitted by", "raised in", "thrown in", "emitted in", "defined in", "declared in",
    "where it is emitted", "where emitted", "where it is raised", "where raised", "should do",
    "message key", "i18n", "translation key", "anahtar",
];

/// Columns that explain a code.
#[rustfmt::skip]
pub const DESCRIPTION: &[&str] = &[
    "mô tả", "ý nghĩa", "giải thích", "նկարագր",
    "fehlerbeschreibung", "statusbeschreibung",
    "description", "descr", "desc", "meaning", "explanation", "detail", "definition", "further information", "描述", "说明", "說明", "含义", "详情",
    "詳情", "错误分析",
    "含義", "解释", "解釋", "释义", "説明", "意味", "詳細", "内容", "內容", "설명", "의미", "내용", "상세", "beschreibung", "bedeutung",
    "erklärung", "erläuterung", "signification", "explication", "détail", "descripción", "significado",
    "explicación", "detalle", "descrição", "explicação", "detalhe", "описани", "значени", "пояснени",
    "расшифровк", "语义", "語義", "意义", "意義",
    "descrizione", "significato", "spiegazione", "beschrijving", "omschrijving", "betekenis", "uitleg", "opis",
    "znaczenie", "wyjaśnieni", "popis", "význam", "açıklama", "anlam", "keterangan", "deskripsi", "penjelasan", "опис",
    "значення", "пояснення", "คำอธิบาย", "ความหมาย", "الوصف", "وصف", "المعنى", "תיאור",
    "توضیح", "شرح", "معنی", "विवरण", "अर्थ",
];

/// A column of messages: what an API says with each code.
#[rustfmt::skip]
pub const MESSAGE: &[&str] = &[
    "errmsg", "errormsg", "errormessage", "retmsg",
    "message", "msg", "메시지", "メッセージ", "消息", "信息", "文案", "文本", "テキスト", "텍스트", "mensaje", "mensagem", "сообщение", "nachricht", "meldung",
    "messaggio", "bericht", "melding", "komunikat", "wiadomoś", "zpráva", "hláška", "mesaj", "pesan", "повідомлення",
    "ข้อความ", "رسالة", "הודעה",
    "پیام", "संदेश",
];

/// Codes an API returns for each result: numbers, but no HTTP statuses ("返回码").
#[rustfmt::skip]
pub const RESULT_CODES: &[&str] = &[
    "result code", "return code", "response code", "返回码", "响应码", "響應碼", "应答码", "レスポンスコード", "返回結果碼", "结果码", "結果碼", "返回结果码", "リターンコード", "結果コード",
    "결과 코드", "결과코드", "응답 코드", "응답코드", "код возврата", "код результата", "код ответа", "коды ответов", "código de retorno",
    "código de resultado", "code retour", "code de retour", "rückgabecode", "ergebniscode",
    "códigos de retorno", "códigos de resultado", "código de respuesta", "códigos de respuesta", "código de resposta", "códigos de resposta", "code de réponse",
    "codes de réponse", "codice di risposta", "codici di risposta", "antwortcode",
    // "Every response object has a `code` property containing one of the strings below".
    "code property", "code field",
    // "业务码表": an API's own codes, "business codes", beside the HTTP statuses.
    "business code", "业务码", "業務碼", "业务状态码",
    // "Exit Codes": what a program ends with, its errors among them.
    "exit code", "exit status", "终止码", "退出码", "終了コード", "종료 코드", "código de salida", "código de saída", "exit-code",
    "کد بازگشتی", "کدهای بازگشتی", "պատասխանի կոդ",
];

/// A column of the beginnings of codes ("错误编码开头": 201, 202), each standing for many.
#[rustfmt::skip]
pub const PREFIX: &[&str] = &[
    "prefix", "starts with", "starting with", "begins with", "beginning with", "开头", "開頭", "前缀", "前綴", "で始まる",
    "接頭辞", "プレフィックス", "접두사", "로 시작", "préfixe", "prefijo", "präfix", "префикс", "начинается с",
];

/// A column that sorts codes into kinds ("Error Type": INVALID_ARGUMENT).
#[rustfmt::skip]
pub const CATEGORY: &[&str] = &[
    "nhóm", "loại", "クラス", "클래스",
    "type", "category", "kind", "class", "group", "тип", "категори", "类型", "類型", "类别", "種類", "タイプ", "유형",
    "종류", "tipo", "categoría", "categoria", "catégorie", "kategorie", "typ$",
];

/// Notes that say why a code happens: what it means, when nothing else does.
#[rustfmt::skip]
pub const CAUSE: &[&str] = &[
    "cause", "possible reason", "likely reason", "typical reason", "common reason", "scenario", "escenario",
    "cenário", "场景", "シナリオ", "시나리오", "원인", "原因", "ursache", "causa", "причин", "nguyên nhân", "årsak", "årsag",
    "orsak", "przyczyn", "sebep", "when it occurs", "occurs when", "when returned", "when it is returned",
    "quando ocorre", "cuando ocurre", "cuándo ocurre", "trigger", "raised when", "thrown when", "returned when",
    "발생 상황", "발생 조건", "발생 시점", "発生条件", "発生状況", "发生条件", "发生情况", "触发", "何时",
    "gatilho", "disparador", "auslöser", "déclencheur", "срабатыва", "来源",
];

/// Words that say a column holds some of the codes, not each row's own ("Common Error Codes").
#[rustfmt::skip]
pub const SOME_OF: &[&str] = &[
    "common", "typical", "related", "possible", "associated", "常见", "典型", "相关", "主な", "代表的", "주요",
    "관련", "comunes", "frecuentes", "comuns", "häufige", "typische", "courants", "fréquents",
];

/// How grave a code is ("Severity: Critical"): a field of it, not what it means.
#[rustfmt::skip]
pub const SEVERITY: &[&str] = &[
    "severity", "严重程度", "严重级别", "嚴重程度", "严重性", "嚴重性", "심각성", "重大度", "深刻度", "심각도", "severidad", "gravedad", "severidade",
    "gravidade", "sévérité", "gravité", "schweregrad", "серьезность", "серьёзность", "gravità",
];

/// Columns of a program's names for its codes ("ENOTSUP", "RPC_INVALID_STATE").
pub const CONSTANT: &[&str] = &["constant", "常量", "定数", "상수", "константа", "konstante", "costante"];

/// Columns of the number a name stands for ("Constant | Value").
pub const VALUE: &[&str] =
    &["value", "값", "值", "valor", "wert", "valeur", "значение", "値", "giá trị", "nilai", "değer", "wartość"];

/// Headers that name a short name though they say "description".
pub const SHORT_NAME: &[&str] =
    &["short description", "brief description", "summary", "简称", "簡稱", "概要", "概述", "摘要", "要約", "개요"];

/// Headers of a column naming codes as a program does: its enum, its constants.
pub const ENUMERATION: &[&str] = &["enum", "列挙", "枚举", "枚舉", "열거", "constant", "常量", "定数", "상수"];

/// Columns with a code's short name.
#[rustfmt::skip]
pub const REASON: &[&str] = &[
    "thông báo", "tên",
    "fehlermeldung", "fehlernachricht", "fehlertext", "fehlername",
    "errmsg", "errormsg", "errormessage", "retmsg",
    "错误名", "エラー名", "오류명",
    "reason", "phrase", "name", "mnemonic", "symbol", "constant", "常量", "定数", "상수", "константа", "message", "msg", "title", "type", "text", "label", "信息", "消息", "名称", "名稱", "提示", "文案", "文本", "テキスト", "텍스트",
    "情報", "メッセージ", "名前", "名称", "메시지", "이름", "meldung", "nachricht", "bezeichnung", "nom", "libellé",
    "intitulé", "mensaje", "nombre", "mensagem", "nome", "сообщени", "название", "имя", "текст", "typ$", "tipo", "тип",
    "类型", "類型", "种类", "タイプ", "種別", "유형", "종류",
    "messaggio", "bericht", "melding", "komunikat", "mesaj", "pesan", "повідомлення", "nazwa", "naam", "nama", "název",
    "назва", "nome", "ข้อความ", "رسالة", "הודעה",
    "عنوان", "հաղորդագրություն",
];

/// A column named just "Examples": cases of each code, not what it means ("Example message" is one).
#[rustfmt::skip]
pub const EXAMPLES: &[&str] = &[
    "example", "examples", "exemple", "exemples", "ejemplo", "ejemplos", "exemplo", "exemplos", "esempio", "esempi",
    "beispiel", "beispiele", "пример", "примеры", "示例", "例子", "예시", "contoh", "ví dụ", "örnek", "örnekler",
];

/// A column of the classes others extend ("Exception | Base Class").
pub const BASE_CLASS: &[&str] =
    &["base class", "parent class", "superclass", "super class", "parent", "extends", "inherits from", "基类", "父类"];

/// A column of what a reader meets ("401 on every request"), not of codes.
pub const SYMPTOMS: &[&str] =
    &["symptom", "symptoms", "problem", "issue", "症状", "现象", "現象", "증상", "síntoma", "sintoma"];

/// A column that numbers the rows ("ID", "Nº"), beside the names it numbers.
pub const NUMBERING: &[&str] = &["id", "#", "no", "nº", "n°"];

/// Columns of a program's settings, named as codes are ("BIOMCP_CACHE_DIR").
pub const SETTINGS: &[&str] = &["variable", "environment variable", "env var", "env", "setting", "option", "flag"];

/// A column named just "Status": of codes or of names, as its cells say.
pub const STATUS_ALONE: &[&str] =
    &["status", "状态", "狀態", "ステータス", "상태", "estado", "état", "statut", "статус"];

/// A column named just "Error": of codes or of messages, as its cells say.
pub const ERROR_ALONE: &[&str] =
    &["error", "errors", "错误", "錯誤", "エラー", "오류", "에러", "fehler", "erreur", "erro", "ошибка", "lỗi"];

/// Whether a header is the error field's name alone ("error", "`error`", "错误"), the
/// field whose values an API answers with.
pub fn names_error_field(header: &str) -> bool {
    is_one_of(header.trim().trim_matches('`'), ERROR_ALONE)
}

/// Words that say codes are errors: in a column's name or the table's label.
#[rustfmt::skip]
pub const ERROR: &[&str] = &[
    "lỗi",
    "declin", "reject", "rechaz", "recusad", "refus",
    "error", "exception", "failure", "fault", "错误", "錯誤", "异常", "異常", "エラー", "오류", "에러", "fehler", "erreur",
    "erro", "ошибк", "ошибок", "fout", "błąd", "błęd", "hata", "kesalahan", "falha", "fallo", "échec", "失败", "失敗", "실패",
    "chyba", "помилк", "помилок", "feil", "fejl", "gagal", "başarısız", "ข้อผิดพลาด", "خطأ", "أخطاء", "שגיאה",
    "viga$", "vigade$", "veakood", "xato",
    "خطا$", "خطاها", "خطای$", "त्रुटि",
];

/// Columns naming things other than codes, which a table of statuses can be keyed by too.
#[rustfmt::skip]
pub const OTHER_KEYS: &[&str] = &[
    "header", "header name", "parameter", "param", "property", "field", "attribute", "argument", "key", "element",
    "parameter name", "param name", "property name", "field name", "attribute name", "argument name", "key name",
    "属性名", "字段名", "参数名称", "属性名称", "字段名称",
    "node", "method", "uri", "url", "path", "endpoint", "region", "参数", "参数名", "字段", "属性", "头域", "パラメータ",
    "パラメーター", "フィールド", "プロパティ", "매개변수", "필드", "속성", "parameter", "feld", "eigenschaft",
    "paramètre", "champ", "propriété", "parámetro", "campo", "propiedad", "parâmetro", "propriedade", "параметр", "поле",
    "свойство",
];

/// Codes of other things than outcomes: a table of them is a reference list, not a catalogue.
#[rustfmt::skip]
pub const OTHER_CODES: &[&str] = &[
    "country code", "currency code", "language code", "locale code", "postal code", "zip code", "area code",
    "calling code", "dialing code", "iso 3166", "iso 4217", "iso 639",
    "国家码", "国家代码", "国家编码", "国家/地区代码", "币种代码", "货币代码", "语言代码", "区号", "國家代碼", "幣別代碼",
    "国コード", "通貨コード", "言語コード", "국가 코드", "국가코드", "통화 코드", "언어 코드",
    "código de país", "códigos de país", "código de moneda", "código do país", "código da moeda",
    "code pays", "codes pays", "code de pays", "code devise", "ländercode", "währungscode", "sprachcode",
    "код страны", "коды стран", "код валюты", "коды валют",
    // "模块代码 | 模块名称": the parts of a program that codes are numbered by, not outcomes.
    "module code", "模块代码", "模块编码", "模块码", "模組代碼", "モジュールコード", "모듈 코드",
];

/// Headings over codes an API does not answer with ("Status Codes Not Observed").
pub const NOT_RETURNED: &[&str] =
    &["not observed", "not encountered", "not returned", "never returned", "no longer returned"];

/// Headings over an example of a code ("#### BAD" over a code block), not a part of the page.
#[rustfmt::skip]
pub const EXAMPLE_TITLES: &[&str] = &[
    "bad", "good", "example", "examples", "sample", "correct", "incorrect", "wrong", "right", "before", "after",
    "bad example", "good example", "示例", "例", "例子", "예시", "예제", "ejemplo", "exemple", "beispiel", "esempio",
    "exemplo", "пример", "przykład",
];

/// Labels of the Normal group.
#[rustfmt::skip]
pub const NORMAL: &[&str] = &[
    "thành công",
    "normal", "success", "succeeded", "ok$", "okay", "正常", "成功", "정상", "성공", "erfolg", "succès", "réussi", "éxito",
    "exitos", "sucesso", "успе", "successo", "succesvol", "sukces", "úspě", "başarılı", "berhasil", "sukses",
    "успіш",
    "موفق", "सफल",
];

/// Labels of the Abnormal group.
#[rustfmt::skip]
pub const ABNORMAL: &[&str] = &[
    "lỗi",
    "declin", "reject", "rechaz", "recusad", "refus",
    "abnormal", "error", "failure", "failed", "fails", "exception", "异常", "異常", "错误", "錯誤", "失败", "失敗", "エラー", "오류",
    "에러", "실패", "비정상", "fehler", "erreur", "échec", "errores", "erro", "falha", "ошибк", "сбо", "fout", "błąd", "błęd",
    "ошибок", "hata", "kesalahan", "chyba", "помилк", "помилок", "feil", "fejl", "gagal", "başarısız", "ข้อผิดพลาด", "خطأ", "أخطاء", "שגיאה",
    "viga$", "vigade$", "veakood", "xato",
    "خطا$", "خطاها", "خطای$", "ناموفق", "نا\u{200c}موفق", "त्रुटि", "विफल", "असफल",
];

/// Words of a refusal or a fault, beside the Abnormal ones: what an error's text says.
#[rustfmt::skip]
pub const REFUSALS: &[&str] = &[
    "invalid", "not found", "not exist", "does not", "not allowed", "not supported", "missing", "exceed", "denied",
    "unknown", "unable", "cannot", "mismatch", "expired", "timeout", "timed out", "too many", "too long",
    "无效", "不存在", "超过", "超出", "不能", "无法", "不支持", "不正确", "有误", "不合法", "非法", "缺少", "过期", "超时",
    "無効", "存在しない", "超過", "できません", "不正", "タイムアウト",
    "없음", "없습니다", "초과", "불일치", "않음", "않습니다", "불가", "타임아웃", "만료",
    "inválid", "inexist", "no encontrad", "no existe", "excede", "não encontrad", "não existe", "invalide",
    "introuvable", "inexistant", "ungültig", "nicht gefunden", "überschritten", "недопустим", "неверн", "не найден",
    "превыш", "не существует",
];

/// "Solution: Provide a valid email address": what to do, under its label, and nothing more.
pub fn solution_only(text: &str) -> bool {
    const SOLUTIONS: [&str; 8] =
        ["solution", "solutions", "fix", "solução", "solución", "解决方案", "解决办法", "対処"];
    let label = text.split_once([':', '：']).map_or(String::new(), |(label, _)| label.trim().to_lowercase());
    SOLUTIONS.contains(&label.as_str())
}

/// Whether a label speaks of errors or of status or result codes: "Error codes",
/// "Códigos de estado", "返回码"; a bare "HTTP" does not.
pub fn speaks_of_codes(text: &str) -> bool {
    let lowered = spaced(text).to_lowercase();
    let text = simplified(&lowered);
    let status = STATUS.iter().filter(|word| !word.eq_ignore_ascii_case("http"));
    ERROR.iter().chain(RESULT_CODES).chain(status).any(|word| has_word(&text, word))
}

/// Whether `text` mentions any of `words` (see the module's note on matching).
pub fn mentions(text: &str, words: &[&str]) -> bool {
    let lowered = spaced(text).to_lowercase();
    let text = simplified(&lowered);
    words.iter().any(|word| has_word(&text, word))
}

/// A header written as an identifier read as words: "faultCode", "error_code"
/// and "resultMessage" say what "fault code", "error code" and "result message" do.
fn spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    let mut previous = None::<char>;
    for c in text.chars() {
        if previous.is_some_and(char::is_lowercase) && c.is_uppercase() {
            out.push(' ');
        }
        out.push(if c == '_' { ' ' } else { c });
        previous = Some(c);
    }
    out
}

/// Whether lower-cased `text` is exactly one of `words`.
pub fn is_one_of(text: &str, words: &[&str]) -> bool {
    let text = text.to_lowercase();
    let text = text.trim();
    // "typ$" marks a whole word for `mentions`; here every word is whole.
    let mut words = words.iter().map(|word| word.strip_suffix('$').unwrap_or(word));
    if text.is_ascii() {
        return words.any(|word| word == text);
    }
    let text = simplified(text);
    words.any(|word| simplified(word) == text)
}

fn has_word(text: &str, word: &str) -> bool {
    // "خطا$": the whole word only ("خطا", not "خطاب", a speech).
    let (word, whole) = match word.strip_suffix('$') {
        Some(word) => (word, true),
        None => (word, false),
    };
    // Scripts from CJK radicals on are written without spaces between words.
    let spaced_script = word.chars().next().is_some_and(|c| (c as u32) < 0x2e80);
    if !spaced_script {
        // A text all ASCII holds no word of a script without spaces: no folding to ask.
        return !text.is_ascii() && text.contains(&*simplified(word));
    }
    // Arabic writes its article joined to the word: "الرمز" is "the code".
    let before = |at: usize| text[..at].strip_suffix("ال").unwrap_or(&text[..at]);
    let after = |at: usize| text[at + word.len()..].chars().next().is_some_and(joined);
    let joined_before = |at: usize| before(at).chars().next_back().is_some_and(joined);
    text.match_indices(word).any(|(at, _)| !(joined_before(at) || whole && after(at)))
}

/// A letter, digit, or the zero-width non-joiner Persian writes inside a word ("نا‌موفق").
fn joined(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{200c}'
}

#[cfg(test)]
mod tests;
