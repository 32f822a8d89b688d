"""Chart series for the rep's dashboard: every aggregate computed in SQL, returned as plain data."""
