"""The Qt-free core: domain model, pure rules, services and import/export."""
