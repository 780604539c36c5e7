"""Read a form out of a page and post it back as a browser would (for admin forms with inlines)."""

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.data = form_id, False, {}
        self._select, self._textarea = None, None
        self._multiple, self._first_option = False, None

    def _add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self._add(name, attrs.get("value", "on"))
            elif kind not in ("submit", "button", "file", "image", "reset"):
                self._add(name, attrs.get("value", ""))
        elif tag == "select" and name:
            self._select, self._multiple, self._first_option = name, "multiple" in attrs, None
            self.data.setdefault(name, [])
        elif tag == "option" and self._select:
            value = attrs.get("value", "")
            if self._first_option is None:
                self._first_option = value
            if "selected" in attrs:
                self._add(self._select, value)
        elif tag == "textarea" and name:
            self._textarea = name
            self._add(name, "")

    def handle_data(self, text):
        if self._textarea:
            self.data[self._textarea][-1] += text

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self._select:
            # A single choice with none marked submits the first option, as browsers do.
            if (
                not self.data[self._select]
                and not self._multiple
                and self._first_option is not None
            ):
                self._add(self._select, self._first_option)
            self._select = None
        elif tag == "textarea" and self._textarea:
            # Browsers drop the newline that follows <textarea>.
            value = self.data[self._textarea][-1]
            self.data[self._textarea][-1] = value[1:] if value.startswith("\n") else value
            self._textarea = None


def form_fields(html, form_id):
    """{name: [values]} that the form with this id would submit unchanged."""
    reader = _FormReader(form_id)
    reader.feed(html)
    return reader.data
