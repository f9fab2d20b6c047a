"""Processing glue: the provider, one shared base and one short module per algorithm family."""
