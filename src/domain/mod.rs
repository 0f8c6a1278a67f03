//! Plain types shared by the server and the browser: roles and permissions, and the newtypes
//! that input is parsed into ("parse, don't validate": a value of these types is valid).

pub mod appointment_status;
pub mod cancel_reason;
pub mod email;
pub mod fields;
pub mod money;
pub mod password;
pub mod patient;
pub mod permissions;
pub mod schedule;

pub use appointment_status::AppointmentStatus;
pub use cancel_reason::CancelReasonKind;
pub use email::Email;
pub use fields::{Colour, Phone, Slug, TimeZoneName};
pub use money::{Currency, Fee};
pub use password::{NewPassword, PasswordStrength};
pub use permissions::{Permission, Role};
pub use schedule::{DateSpan, Weekday, WeeklyInterval};
