"""One wording per concept for every screen, the charts and the PDF: one module per concept."""
