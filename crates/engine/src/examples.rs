//! Example enterprises for demos, written as share-link fragments (the format staff can craft by
//! hand). They carry no assessment date: a demo is assessed as of the day it is shown, and its
//! dates are written relative to that day's year (`{Y}` this year, `{Y-1}` last year), so an
//! example tells the same story in any year and never drifts into "need more answers".

use crate::t;
use crate::text::Text;

/// One example enterprise.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    pub id: &'static str,
    pub name: Text,
    pub summary: Text,
    /// Share-link fragment without `#` and without `d=`; `{Y}` and `{Y-1}` stand for the year
    /// of the assessment date and the year before.
    pub fragment: &'static str,
}

impl Example {
    /// The fragment for an assessment on `today`, with its relative years filled in.
    pub fn fragment_on(&self, today: crate::date::Date) -> String {
        let y = today.year();
        self.fragment
            .replace("{Y-1}", &(y - 1).to_string())
            .replace("{Y}", &y.to_string())
    }
}

pub static EXAMPLES: &[Example] = &[
    Example {
        id: "software-startup",
        name: t!(examples.software_startup.name),
        summary: t!(examples.software_startup.summary),
        fragment: "v=1&location=jinfeng&state_owned=n&industries=software&industrial=n&sme=y&registration_date={Y-1}-03-01&employees=25&tech_staff=15&revenue=300万&total_assets=500万&tsme_registered=y&hnte_status=never&giant_status=never&rd_expense=120万&rd_platform=n&key_tech=n&challenge_ready=y&leading_talents=0&innovation_teams=0&talent_institution=n&st_award_first_unit=n&flexible_talent=n&tech_commissioner=n&eastern_ties=n&national_partner=n&university_research=y&consortium_lead=n&enclave_centre=n&needs_finance=y&ip_invention=0&ip_other=6&seeks_equity=y&growth_stage=startup&tech_needs_or_results=y&transfer_project=n&transfer_other=n&pilot_project=n&tech_service_org=n&key_enterprise=n&eastern_talent_project=n&consortium_member=n&negative_list_industry=n",
    },
    Example {
        id: "state-manufacturer",
        name: t!(examples.state_manufacturer.name),
        summary: t!(examples.state_manufacturer.summary),
        fragment: "v=1&location=xixia&state_owned=y&industries=equipment&industrial=y&sme=n&registration_date=1998-05-20&employees=800&tech_staff=140&revenue=6亿&total_assets=9亿&tsme_registered=n&hnte_status=again&giant_status=never&rd_expense=2400万&rd_platform=y&key_tech=y&challenge_ready=y&leading_talents=0&innovation_teams=0&talent_institution=n&st_award_first_unit=n&flexible_talent=y&tech_commissioner=n&eastern_ties=y&national_partner=y&university_research=y&consortium_lead=y&enclave_centre=n&needs_finance=n&seeks_equity=n&tech_needs_or_results=y&transfer_project=n&transfer_other=y&pilot_project=n&tech_service_org=n&key_enterprise=y&eastern_talent_project=n&negative_list_industry=n&taxable_income=4000万",
    },
    Example {
        id: "new-materials-pilot",
        name: t!(examples.new_materials_pilot.name),
        summary: t!(examples.new_materials_pilot.summary),
        fragment: "v=1&location=helan&state_owned=n&industries=new_materials&industrial=y&sme=y&registration_date=2012-09-01&employees=260&tech_staff=52&revenue=1.5亿&total_assets=1.8亿&tsme_registered=y&hnte_status=first&hnte_date={Y-1}-10-20&hnte_paid=0&hnte_supported_this_year=n&giant_status=never&rd_expense=720万&rd_platform=y&key_tech=y&challenge_ready=n&leading_talents=0&innovation_teams=0&talent_institution=n&st_award_first_unit=n&flexible_talent=n&tech_commissioner=n&eastern_ties=n&national_partner=y&university_research=y&consortium_lead=n&enclave_centre=n&needs_finance=y&ip_invention=5&ip_other=12&seeks_equity=n&tech_needs_or_results=n&transfer_project=y&pilot_project=y&pilot_investment=3000万&pilot_land=400万&pilot_buildings=800万&pilot_engineering=300万&pilot_funds_in_place=1800万&tech_service_org=n&key_enterprise=n&eastern_talent_project=n&consortium_member=y&negative_list_industry=n&taxable_income=1200万",
    },
    Example {
        id: "team-biotech",
        name: t!(examples.team_biotech.name),
        summary: t!(examples.team_biotech.summary),
        fragment: "v=1&location=jinfeng&state_owned=n&industries=biomedicine&industrial=y&sme=y&registration_date=2019-04-10&employees=60&tech_staff=30&revenue=1800万&total_assets=4000万&tsme_registered=y&hnte_status=first&hnte_date={Y}-01-01&hnte_paid=0&hnte_supported_this_year=n&giant_status=never&rd_expense=600万&rd_platform=n&key_tech=n&challenge_ready=n&leading_talents=1&innovation_teams=1&talent_institution=y&st_award_first_unit=n&flexible_talent=y&tech_commissioner=n&eastern_ties=y&national_partner=n&university_research=y&consortium_lead=n&enclave_centre=n&needs_finance=n&seeks_equity=n&tech_needs_or_results=n&transfer_project=n&transfer_other=n&pilot_project=n&tech_service_org=n&key_enterprise=n&eastern_talent_project=n&consortium_member=n&negative_list_industry=n",
    },
    Example {
        id: "outside-yinchuan",
        name: t!(examples.outside_yinchuan.name),
        summary: t!(examples.outside_yinchuan.summary),
        fragment: "v=1&location=outside&industries=new_energy&employees=90",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::eval::{evaluate, Status};
    use crate::profile::Profile;
    use rust_decimal::Decimal;

    fn assess(id: &str) -> crate::eval::Assessment {
        assess_on(id, Date::new(2026, 11, 26).unwrap())
    }

    fn assess_on(id: &str, today: Date) -> crate::eval::Assessment {
        let ex = EXAMPLES.iter().find(|e| e.id == id).unwrap();
        let (p, issues) = Profile::from_fragment(&ex.fragment_on(today), today).unwrap();
        assert!(issues.is_empty(), "{id}: {issues:?}");
        evaluate(&p)
    }

    fn status(a: &crate::eval::Assessment, id: &str) -> Status {
        a.result(id).unwrap().status.clone()
    }

    #[test]
    fn examples_show_different_outcomes() {
        let a = assess("software-startup");
        assert_eq!(status(&a, "hnte-first-recognition"), Status::NotEligible);
        assert_eq!(status(&a, "rd-post-subsidy"), Status::Possible);
        assert_eq!(status(&a, "xinxing-fund"), Status::Possible);
        assert_eq!(a.known_maximum, Decimal::ZERO);

        let a = assess("state-manufacturer");
        assert_eq!(status(&a, "hnte-first-recognition"), Status::NotEligible);
        assert_eq!(status(&a, "innovation-platform"), Status::Possible);
        assert!(a
            .result("rd-post-subsidy")
            .unwrap()
            .notes
            .iter()
            .any(|n| n.text.get(crate::Lang::En).contains("State-owned")));

        // After the year's last batch cut-off (26 November), the next project is next year's:
        // upcoming, and the money (next year's project) counts.
        let a = assess("new-materials-pilot");
        assert_eq!(
            status(&a, "hnte-first-recognition"),
            Status::Upcoming {
                opens: Date::new(2027, 1, 1).unwrap()
            }
        );
        assert_eq!(a.known_maximum, Decimal::from(500_000));
        assert_eq!(a.known_maximum_project_year, Some(2027));
        let a = assess_on("new-materials-pilot", Date::new(2026, 6, 15).unwrap());
        assert_eq!(status(&a, "hnte-first-recognition"), Status::Eligible);
        assert_eq!(a.known_maximum_project_year, Some(2026));
        let pilot = a.result("pilot-maturation").unwrap();
        assert_eq!(pilot.pilot().unwrap().base, Decimal::from(15_000_000));

        // Recognised on 1 January this year: before the last batch cut-off, the calendar-year
        // reading opens next January and the 24-month reading is open now, so the card is
        // "possible" and shows both; either way the 50万 is reachable, so it counts in the known
        // maximum. The talents' money is its own line.
        let a = assess_on("team-biotech", Date::new(2026, 6, 15).unwrap());
        assert_eq!(status(&a, "hnte-first-recognition"), Status::Possible);
        let r = a.result("hnte-first-recognition").unwrap();
        assert!(r.readings_differ());
        assert_eq!(a.known_maximum, Decimal::from(500_000));
        assert_eq!(a.talent_maximum, Decimal::from(800_000));

        // Outside Yinchuan: every city programme is not eligible but the open services whose
        // clauses name no place of registration (1.2, 3.3.1, 4.2.1), which are possible; the
        // national tax incentives are not assessed (the cards say they apply nationwide), and
        // nothing more is asked.
        let a = assess("outside-yinchuan");
        for r in &a.results {
            let national = r.is_national();
            let open = ["public-lab-services", "results-matching", "tisc-patent"].contains(&r.id());
            let want = if national || open {
                Status::Possible
            } else {
                Status::NotEligible
            };
            assert_eq!(r.status, want, "{}", r.id());
        }
        assert_eq!(
            crate::eval::next_question(
                &Profile::from_fragment(EXAMPLES[4].fragment, Date::new(2026, 11, 26).unwrap())
                    .unwrap()
                    .0
            ),
            None
        );
    }

    /// The days every example is walked on in a year: each month's first and last day, each
    /// batch cut-off and the day after it, and every month-day the examples name.
    fn edge_days(year: i32) -> Vec<Date> {
        let mut days = Vec::new();
        for m in 1..=12u8 {
            days.push(Date::new(year, m, 1).unwrap());
            days.push(
                Date::new(year, m, 31)
                    .or_else(|| Date::new(year, m, 30))
                    .or_else(|| Date::new(year, m, 29))
                    .or_else(|| Date::new(year, m, 28))
                    .unwrap(),
            );
        }
        let params = crate::params::in_force(Date::jan_first(year));
        for (m, d) in crate::params::batch_cutoffs(&params).unwrap_or_default() {
            days.extend(Date::new(year, m, d));
            days.extend(Date::new(year, m, d + 1).or_else(|| Date::new(year, m + 1, 1)));
        }
        for ex in EXAMPLES {
            for part in ex.fragment.split('&') {
                let value = part.split_once('=').map_or("", |(_, v)| v);
                let md = value
                    .strip_prefix("{Y}-")
                    .or_else(|| value.strip_prefix("{Y-1}-"))
                    .or_else(|| {
                        value
                            .get(4..)
                            .filter(|_| value.len() == 10)
                            .and_then(|v| v.strip_prefix('-'))
                    });
                if let Some((m, d)) = md.and_then(|md| md.split_once('-')) {
                    if let (Ok(m), Ok(d)) = (m.parse(), d.parse()) {
                        days.extend(Date::new(year, m, d));
                    }
                }
            }
        }
        days.sort_unstable();
        days.dedup();
        days
    }

    /// The examples never drift: on every edge day of a year, and on the same day one and two
    /// years on, no verdict waits for an answer, no answer contradicts another (a certificate
    /// dated after the assessment), and the statuses stay the same. And the status says what
    /// the next step says: a card whose next step is next year's first batch is never "eligible
    /// now", and an eligible card's next batch closes this year.
    #[test]
    fn every_example_needs_no_more_answers_for_its_verdicts_in_any_year() {
        for day in edge_days(2026) {
            for ex in EXAMPLES {
                let mut first: Option<Vec<&'static str>> = None;
                for years in 0..=2 {
                    let day = day.add_years(years);
                    let (p, issues) = Profile::from_fragment(&ex.fragment_on(day), day).unwrap();
                    assert!(issues.is_empty(), "{} on {day}: {issues:?}", ex.id);
                    let a = evaluate(&p);
                    assert!(
                        a.inconsistencies.is_empty(),
                        "{} on {day}: {:?}",
                        ex.id,
                        a.inconsistencies
                    );
                    for r in &a.results {
                        assert!(
                            !matches!(r.status, Status::NeedsInfo { .. }),
                            "{} on {day}: {} needs {:?}",
                            ex.id,
                            r.id(),
                            r.status
                        );
                        one_status_one_meaning(r, day, ex.id);
                    }
                    let codes: Vec<&'static str> =
                        a.results.iter().map(|r| r.status.code()).collect();
                    match &first {
                        None => first = Some(codes),
                        Some(f) => assert_eq!(f, &codes, "{} drifts on {day}", ex.id),
                    }
                }
            }
        }
    }

    /// A card's status and its next step say the same thing.
    fn one_status_one_meaning(r: &crate::eval::ProgrammeResult, day: Date, ex: &str) {
        use crate::eval::When;
        match (&r.status, &r.next_step.when) {
            (Status::Eligible, When::YearClosed { .. } | When::LastBatchPassed { .. }) => {
                panic!(
                    "{ex} on {day}: {} is eligible now but its batches have closed",
                    r.id()
                )
            }
            (Status::Eligible, When::Cutoff { date }) => {
                let project = r.ceiling().and_then(|c| c.project_year);
                assert!(
                    project.is_none_or(|y| y == date.year()),
                    "{ex} on {day}: {} is this year's project but the batch closes {date}",
                    r.id()
                )
            }
            (Status::Upcoming { opens }, When::YearClosed { next }) => {
                assert_eq!(opens.year(), next.year(), "{ex} on {day}: {}", r.id())
            }
            (s, When::YearClosed { .. }) => assert!(
                matches!(s, Status::Possible | Status::NotEligible),
                "{ex} on {day}: {} is {s:?} with next year's batch",
                r.id()
            ),
            _ => {}
        }
    }
}
