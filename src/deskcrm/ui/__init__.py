"""The Qt layer: windows, screens, models and widgets; it calls core services only."""
