"""Output row models (pydantic) and the Arrow schemas derived from them."""
