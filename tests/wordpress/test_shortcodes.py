"""WordPress body text turns into the HTML an editor would have written."""

from newsroom.wordpress.shortcodes import autop, convert_shortcodes, media_key, rewrite_media


def test_caption_with_a_linked_image_keeps_the_link_inside_the_figure():
    text = (
        '[caption id="attachment_7" width="300"]<a href="https://x.example/a.jpg">'
        '<img src="https://x.example/wp-content/uploads/2024/01/a.jpg" /></a> Keterangan[/caption]'
    )
    converted = convert_shortcodes(text)
    assert "<figure><a href=" in converted.html
    assert "</a><figcaption>Keterangan</figcaption></figure>" in converted.html
    assert converted.captions[0].attachment_id == 7


def test_old_style_caption_attribute_is_used_when_no_text_follows_the_image():
    converted = convert_shortcodes('[caption caption="Lama"]<img src="a.jpg">[/caption]')
    assert "<figcaption>Lama</figcaption>" in converted.html


def test_gallery_without_ids_asks_for_the_posts_own_attachments():
    converted = convert_shortcodes("Teks [gallery columns=3] lanjut")
    assert converted.gallery_of_children and converted.gallery_ids == []


def test_enclosing_shortcodes_leave_their_content_and_are_counted_once():
    converted = convert_shortcodes('[su_quote cite="Kalapas"]Kami siap.[/su_quote]')
    assert converted.html == "Kami siap."
    assert converted.removed == {"su_quote": 1}


def test_autop_wraps_text_and_leaves_blocks_alone():
    html = autop("Satu\nbaris dua\n\n<blockquote>Kutipan</blockquote>\n\n<!-- wp:paragraph -->Tiga")
    assert html == ("<p>Satu<br>\nbaris dua</p>\n<blockquote>Kutipan</blockquote>\n<p>Tiga</p>")


def test_media_key_ignores_wordpress_size_variants():
    assert media_key("https://x.example/wp-content/uploads/2024/09/Foto-1024x683.jpg") == (
        "2024/09/foto.jpg"
    )
    assert media_key("https://x.example/wp-content/uploads/2024/09/foto-scaled.jpg") == (
        "2024/09/foto.jpg"
    )
    assert media_key("https://elsewhere.example/foto.jpg") is None


def test_rewrite_leaves_images_of_other_sites_untouched():
    html = '<img src="https://elsewhere.example/a.jpg">'
    assert rewrite_media(html, lambda url, wp_id: None) == html
