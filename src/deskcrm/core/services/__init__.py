"""Services: each public function is one transaction and returns plain data or Changes."""
