//! Helpers shared by the engine's test files (not a test target of its own).

use yc_engine::{Fact, Value};

/// A valid choice or set answer for a fact, from a seed: the seed's low bits pick the options.
pub fn option_value(fact: Fact, seed: u64) -> Value {
    let def = fact.def();
    if def.kind == yc_engine::facts::Kind::Choice {
        return Value::Choice(def.options[(seed as usize) % def.options.len()].code);
    }
    Value::Set(
        def.options
            .iter()
            .enumerate()
            .filter(|(i, _)| seed >> i & 1 == 1)
            .map(|(_, o)| o.code)
            .collect(),
    )
}
