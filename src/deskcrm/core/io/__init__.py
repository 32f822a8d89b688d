"""Reading and writing files in the formats reps have (vCard, Excel, iCalendar, PDF data)."""
