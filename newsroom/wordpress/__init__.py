"""Import of WordPress export files (WXR 1.1 and 1.2) into the newsroom."""
