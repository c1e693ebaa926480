//! Attribution evaluation (own fixtures and PolNeAR).
