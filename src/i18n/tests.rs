//! Every language's file against English: it parses, it has every message it must have, and
//! each of them formats with the English message's arguments, whatever their values.

use std::collections::BTreeSet;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::language::PATIENT_PREFIXES;
use super::messages::{self, Messages};
use super::{Args, Language};

fn resource(language: Language) -> FluentResource {
    FluentResource::try_new(language.source().to_string())
        .unwrap_or_else(|(_, errors)| panic!("{language} does not parse: {errors:?}"))
}

fn variables_of(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, into),
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                variables_of(&variant.value, into);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

/// Each message's key and the variables it uses.
fn messages_of(language: Language) -> Vec<(String, BTreeSet<String>)> {
    resource(language)
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    variables_of(pattern, &mut variables);
                }
                Some((message.id.name.to_string(), variables))
            }
            _ => None,
        })
        .collect()
}

/// The English messages a language must have.
pub fn required_keys(language: Language) -> Vec<(String, BTreeSet<String>)> {
    messages_of(Language::ENGLISH)
        .into_iter()
        .filter(|(key, _)| {
            language.is_complete() || PATIENT_PREFIXES.iter().any(|prefix| key.starts_with(prefix))
        })
        .collect()
}

#[test]
fn every_language_parses_and_has_each_message_it_must_once() {
    for language in Language::all() {
        let own = messages_of(language);
        let keys: BTreeSet<String> = own.iter().map(|(key, _)| key.clone()).collect();
        assert_eq!(keys.len(), own.len(), "{language} has a message twice");
        let missing: Vec<String> = required_keys(language)
            .into_iter()
            .map(|(key, _)| key)
            .filter(|key| !keys.contains(key))
            .collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
        let english: BTreeSet<String> =
            messages_of(Language::ENGLISH).into_iter().map(|(key, _)| key).collect();
        let extra: Vec<&String> = keys.difference(&english).collect();
        assert!(extra.is_empty(), "{language} has messages English has not: {extra:?}");
    }
}

#[test]
fn each_message_uses_only_the_english_messages_arguments() {
    let english = messages_of(Language::ENGLISH);
    for language in Language::all() {
        for (key, variables) in messages_of(language) {
            let allowed = &english.iter().find(|(k, _)| *k == key).expect("checked above").1;
            let unknown: Vec<&String> = variables.difference(allowed).collect();
            assert!(unknown.is_empty(), "{language} {key} uses {unknown:?}");
        }
    }
}

#[test]
fn every_message_formats_in_every_language_with_numbers_or_words() {
    for language in Language::all() {
        let messages = Messages::parse(language, &messages::sources(language)).unwrap();
        for (key, variables) in required_keys(language) {
            for value in [0_i64, 1, 2, 3, 5, 11, 21, 100] {
                let mut args = Args::new();
                for variable in &variables {
                    args.set(variable.clone(), value);
                }
                let text = messages
                    .format(&key, Some(&args))
                    .unwrap_or_else(|| panic!("{language} {key} does not format with {value}"));
                // (A thousands separator may be a space of its own.)
                assert!(!text.is_empty(), "{language} {key} is empty");
                assert!(!text.contains('{') && !text.contains('}'), "{language} {key}: {text}");
            }
            let mut args = Args::new();
            for variable in &variables {
                args.set(variable.clone(), "word");
            }
            assert!(messages.format(&key, Some(&args)).is_some(), "{language} {key} with words");
        }
    }
}
