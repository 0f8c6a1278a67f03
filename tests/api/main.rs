//! HTTP tests: the real router on a random port, against a fresh database per test.
//! One binary for all of them (faster to build and link than one per file).

mod appointments;
mod audit;
mod auth;
mod batch;
mod batched;
mod bounds;
mod calendar;
mod cli;
mod cross_clinic;
mod delivery;
mod demo;
mod fees;
mod helpers;
mod markup;
mod migrate;
mod online;
mod online_fixture;
mod operations;
mod outbox;
mod page_cache;
mod pages;
mod password;
mod patients;
mod permissions;
mod plain_forms;
mod reminders;
mod roles;
mod series;
mod sessions;
mod setup;
mod shutdown;
mod smtp;
mod staff;
mod starvation;
mod templates;
