"""Regenerate resources/models/hema_mapbook.model3 from printlayout/model.py (run with /usr/bin/python3)."""

from headless import start

start()  # the model's outputs need the child algorithms registered

from hema_steden.printlayout.model import MODEL_PATH, save_model  # noqa: E402

save_model()
print(MODEL_PATH)
