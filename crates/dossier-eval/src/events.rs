//! Event-coding evaluation (PETRARCH-2, UniversalPetrarch, PLOVER gold records).
