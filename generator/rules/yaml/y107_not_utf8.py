"""The file is not UTF-8 text.

Why: files saved as GBK/GB2312 by older Windows editors show as garbage on the site.

Fix: save the file as UTF-8 (in Notepad: Save as → Encoding: UTF-8).
"""
