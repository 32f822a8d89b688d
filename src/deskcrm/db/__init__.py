"""Database layer: SQLAlchemy models, engine set-up and migrations (no Qt)."""
