//! Which row of a list is its header, and which column holds what. A header is recognised by
//! the usual names staff lists use (企业名称, 统一社会信用代码, 营业收入（万元）…), by a fact's own
//! label in either language, or by its key (`revenue`), the last two being what the template
//! writes. A unit in the header (`（万元）`, `（元）`, `（亿元）`) says how a bare number below it
//! is read.

use super::sheet::Sheet;
use crate::facts::{Fact, FACT_DEFS};
use crate::text::Lang;

/// How many rows from the top are searched for the header (title rows come above it).
pub const HEADER_SEARCH_ROWS: usize = 20;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The enterprise's name (not read by the engine; it labels the row).
    Name,
    /// 统一社会信用代码 (labels the row).
    CreditCode,
    /// An answer to one question.
    Fact(Fact),
}

/// The unit a header gives its amounts: a bare number is read in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyUnit {
    Yuan,
    Wan,
    Yi,
}

impl MoneyUnit {
    /// The unit's character(s) as appended to a bare number before it is read.
    pub fn suffix(self) -> &'static str {
        match self {
            MoneyUnit::Yuan => "元",
            MoneyUnit::Wan => "万",
            MoneyUnit::Yi => "亿",
        }
    }
}

/// A column of the list: its header as written, what it holds (`None`: not read), and the unit
/// its header names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub header: String,
    pub target: Option<Target>,
    pub unit: Option<MoneyUnit>,
}

/// The names lists commonly give a column, beyond the facts' own labels and keys (compared
/// after [`normalise`]: no spaces, ASCII brackets, lower case, unit removed).
const ALIASES: &[(&str, Target)] = &[
    ("企业名称", Target::Name),
    ("单位名称", Target::Name),
    ("公司名称", Target::Name),
    ("企业(单位)名称", Target::Name),
    ("名称", Target::Name),
    ("enterprise", Target::Name),
    ("enterprisename", Target::Name),
    ("company", Target::Name),
    ("companyname", Target::Name),
    ("name", Target::Name),
    ("统一社会信用代码", Target::CreditCode),
    ("社会信用代码", Target::CreditCode),
    ("信用代码", Target::CreditCode),
    ("creditcode", Target::CreditCode),
    ("unifiedsocialcreditcode", Target::CreditCode),
    ("uscc", Target::CreditCode),
    ("注册地", Target::Fact(Fact::Location)),
    ("所属区县", Target::Fact(Fact::Location)),
    ("所在区县", Target::Fact(Fact::Location)),
    ("区县", Target::Fact(Fact::Location)),
    ("所属区(市、县)", Target::Fact(Fact::Location)),
    ("district", Target::Fact(Fact::Location)),
    ("营业收入", Target::Fact(Fact::Revenue)),
    ("销售收入", Target::Fact(Fact::Revenue)),
    ("主营业务收入", Target::Fact(Fact::Revenue)),
    ("上年营业收入", Target::Fact(Fact::Revenue)),
    ("上年销售收入", Target::Fact(Fact::Revenue)),
    ("研发费用", Target::Fact(Fact::RdExpense)),
    ("研发投入", Target::Fact(Fact::RdExpense)),
    ("研发经费", Target::Fact(Fact::RdExpense)),
    ("职工人数", Target::Fact(Fact::Employees)),
    ("职工总数", Target::Fact(Fact::Employees)),
    ("从业人数", Target::Fact(Fact::Employees)),
    ("从业人员", Target::Fact(Fact::Employees)),
    ("员工人数", Target::Fact(Fact::Employees)),
    ("科技人员数", Target::Fact(Fact::TechStaff)),
    ("科技人员", Target::Fact(Fact::TechStaff)),
    ("科技人员人数", Target::Fact(Fact::TechStaff)),
    ("研发人员数", Target::Fact(Fact::TechStaff)),
    ("高企认定时间", Target::Fact(Fact::HnteDate)),
    ("高企认定日期", Target::Fact(Fact::HnteDate)),
    ("高新技术企业认定时间", Target::Fact(Fact::HnteDate)),
    ("高新技术企业认定日期", Target::Fact(Fact::HnteDate)),
    ("成立日期", Target::Fact(Fact::RegistrationDate)),
    ("成立时间", Target::Fact(Fact::RegistrationDate)),
    ("注册日期", Target::Fact(Fact::RegistrationDate)),
    ("注册时间", Target::Fact(Fact::RegistrationDate)),
    ("资产总额", Target::Fact(Fact::TotalAssets)),
    ("总资产", Target::Fact(Fact::TotalAssets)),
    ("应纳税所得额", Target::Fact(Fact::TaxableIncome)),
    ("发明专利数", Target::Fact(Fact::IpInvention)),
    ("所属行业", Target::Fact(Fact::Industries)),
    ("行业", Target::Fact(Fact::Industries)),
];

/// A header as compared: its unit (if it names one) and the rest without spaces, with ASCII
/// brackets, in lower case, and without the marks lists add (`*` for required, a trailing
/// colon).
pub fn normalise(header: &str) -> (String, Option<MoneyUnit>) {
    let mut s: String = header
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '*' | '＊' | ':' | '：'))
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let mut unit = None;
    for (words, u) in [
        ("万元", Some(MoneyUnit::Wan)),
        ("亿元", Some(MoneyUnit::Yi)),
        ("元", Some(MoneyUnit::Yuan)),
        ("人", None),
        ("个", None),
        ("项", None),
        ("件", None),
        ("%", None),
        ("yuan", Some(MoneyUnit::Yuan)),
        ("cny", Some(MoneyUnit::Yuan)),
        ("10kyuan", Some(MoneyUnit::Wan)),
    ] {
        let bracketed = format!("({words})");
        if let Some(rest) = s.strip_suffix(bracketed.as_str()) {
            s = rest.to_string();
            unit = u;
            break;
        }
        if u == Some(MoneyUnit::Wan) || u == Some(MoneyUnit::Yi) {
            if let Some(rest) = s.strip_suffix(words).filter(|r| !r.is_empty()) {
                s = rest.to_string();
                unit = u;
                break;
            }
        }
    }
    (s, unit)
}

/// What a header names, if anything known.
pub fn recognise(header: &str) -> Column {
    let (name, unit) = normalise(header);
    let target = (!name.is_empty())
        .then(|| {
            ALIASES
                .iter()
                .find(|(alias, _)| *alias == name)
                .map(|(_, t)| *t)
                .or_else(|| {
                    FACT_DEFS
                        .iter()
                        .find(|d| {
                            d.fact.id() == name
                                || [Lang::Zh, Lang::En]
                                    .iter()
                                    .any(|&l| normalise(d.label.get(l)).0 == name)
                        })
                        .map(|d| Target::Fact(d.fact))
                })
        })
        .flatten();
    Column {
        header: header.trim().to_string(),
        target,
        unit,
    }
}

/// The header row (its index in the sheet) and its columns: the first row among the first
/// [`HEADER_SEARCH_ROWS`] that names at least two known columns, or the row under it when that
/// one names more (a header of two rows: groups such as "财务数据（万元）" merged over the columns
/// whose names are below; a unit the lower row does not give is the group's). A second column
/// naming what an earlier one names is not read (the first wins; staff can change the mapping).
pub fn find(sheet: &Sheet) -> Option<(usize, Vec<Column>)> {
    let columns_of = |cells: &Vec<String>| -> (Vec<Column>, usize) {
        let columns: Vec<Column> = cells.iter().map(|h| recognise(h)).collect();
        let known = columns.iter().filter(|c| c.target.is_some()).count();
        (columns, known)
    };
    let rows = &sheet.rows[..sheet.rows.len().min(HEADER_SEARCH_ROWS)];
    let (index, (upper, known)) = rows
        .iter()
        .map(columns_of)
        .enumerate()
        .find(|(_, (_, known))| *known >= 2)?;
    let (index, mut columns) = match rows.get(index + 1).map(columns_of) {
        Some((mut lower, below)) if below > known => {
            for (i, column) in lower.iter_mut().enumerate() {
                if column.unit.is_none() {
                    column.unit = upper.get(i).and_then(|u| u.unit);
                }
            }
            (index + 1, lower)
        }
        _ => (index, upper),
    };
    for i in 0..columns.len() {
        if columns[..i]
            .iter()
            .any(|c| c.target.is_some() && c.target == columns[i].target)
        {
            columns[i].target = None;
        }
    }
    Some((index, columns))
}
