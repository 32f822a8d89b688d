"""The contacts screen: list, search, tag filters, detail and editing."""
