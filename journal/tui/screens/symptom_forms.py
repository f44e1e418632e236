"""The symptom and factor forms and pickers, in one place to import at first use.

Today does not need them for its first frame, so `symptom_keys` imports this
module inside the actions that open them.
"""

from journal.tui.screens.factor_form import FactorForm
from journal.tui.screens.factor_picker import FactorPicker
from journal.tui.screens.kind_picker import KindPicker
from journal.tui.screens.symptom_form import SymptomForm

__all__ = ["FactorForm", "FactorPicker", "KindPicker", "SymptomForm"]
