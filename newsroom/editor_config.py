"""The article editor's configuration (django-ckeditor): toolbar, plugins and paste rules.

Read by newsroom/settings.py as CKEDITOR_CONFIGS; kept here because it is long and changes
with the editor, not with the environment. What the editor lets through is only a first
filter: newsroom/sanitize.py decides what is stored.
"""

ALIGN_CLASSES = ["gambar-kiri", "gambar-tengah", "gambar-kanan"]
ARTICLE_EDITOR = {
    "language": "id",
    "height": 420,
    "width": "100%",
    "toolbar": "Berita",
    "toolbar_Berita": [
        ["Format", "Bold", "Italic"],
        ["NumberedList", "BulletedList", "Blockquote"],
        ["Link", "Unlink"],
        ["Image", "Table"],
        ["PasteText", "PasteFromWord", "RemoveFormat"],
        ["Undo", "Redo"],
        ["Source", "Maximize"],
    ],
    "format_tags": "p;h2;h3;h4",
    "extraPlugins": "image2",
    # exportpdf, scayt, wsc, easyimage and cloudservices call third-party services; image
    # is replaced by image2 (captions in <figure>); the rest has no place in a news body.
    "removePlugins": (
        "exportpdf,scayt,wsc,easyimage,cloudservices,image,forms,flash,iframe,smiley,"
        "language,templates,pagebreak,div,font,colorbutton,justify,bidi"
    ),
    "image2_captionedClass": "image",
    "image2_alignClasses": ALIGN_CLASSES,
    "image2_disableResizer": True,
    # Word's inline styles and event attributes never reach the server's sanitiser intact
    # anyway (newsroom/sanitize.py); dropping them here keeps what the editor shows honest.
    "pasteFromWordRemoveFontStyles": True,
    "pasteFromWordPromptCleanup": False,
    "disallowedContent": "*{*}; *[on*]",
    "extraAllowedContent": "iframe[src,width,height,title,allowfullscreen]",
    "disableNativeSpellChecker": False,
    "versionCheck": False,
}
