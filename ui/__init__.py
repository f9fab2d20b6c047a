"""Dock panel of HEMA Steden: thin widgets (dock), a presenter without widgets (controller), background runs."""
