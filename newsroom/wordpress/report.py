"""What an import did, or would do: one line per item and the counts, in Indonesian."""

from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class Action:
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    SKIP = "skip"
    CONFLICT = "conflict"


ACTION_LABELS = {
    Action.CREATE: gettext_lazy("dibuat"),
    Action.UPDATE: gettext_lazy("diperbarui"),
    Action.UNCHANGED: gettext_lazy("tidak berubah"),
    Action.SKIP: gettext_lazy("dilewati"),
    Action.CONFLICT: gettext_lazy("konflik"),
}
KIND_LABELS = {
    "post": gettext_lazy("Artikel"),
    "attachment": gettext_lazy("Foto"),
    "other": gettext_lazy("Item"),
}


@dataclass(frozen=True)
class Entry:
    kind: str
    action: str
    wp_id: int
    title: str
    reason: str = ""

    def __str__(self):
        text = f"{KIND_LABELS[self.kind]} #{self.wp_id} \u201c{self.title}\u201d: {ACTION_LABELS[self.action]}"
        return f"{text} ({self.reason})" if self.reason else text


@dataclass
class ImportReport:
    """The plan or the outcome of one import; a dry run and the real run produce the same one."""

    dry_run: bool = False
    entries: list[Entry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    removed_shortcodes: Counter = field(default_factory=Counter)
    reporters: int = 0
    tags: int = 0
    redirects: int = 0
    # Items the content guard holds: imported as drafts, never published (newsroom/models/guard.py).
    held: list[str] = field(default_factory=list)

    def add(self, kind, action, wp_id, title, reason=""):
        self.entries.append(Entry(kind, action, wp_id, title, str(reason)))

    def hold(self, wp_id, title, found):
        self.held.append(
            _(
                "Artikel #%(id)s “%(title)s” ditahan penjaga konten (%(found)s): disimpan sebagai draf."
            )
            % {"id": wp_id, "title": title, "found": found}
        )

    def warn(self, message):
        self.warnings.append(str(message))

    def checkpoint(self):
        """A mark to go back to when an item's import is undone (`rollback_to`)."""
        counts = (self.reporters, self.tags, self.redirects)
        lengths = (len(self.entries), len(self.warnings), len(self.held))
        return counts, lengths, Counter(self.removed_shortcodes)

    def rollback_to(self, mark):
        """Forget everything reported since `checkpoint()` returned `mark`."""
        (self.reporters, self.tags, self.redirects), lengths, shortcodes = mark
        del self.entries[lengths[0] :], self.warnings[lengths[1] :], self.held[lengths[2] :]
        self.removed_shortcodes = Counter(shortcodes)

    def count(self, kind, action):
        """How many entries of this kind got this action."""
        return sum(1 for e in self.entries if e.kind == kind and e.action == action)

    @property
    def skipped(self):
        return sum(1 for e in self.entries if e.action == Action.SKIP)

    @property
    def conflicts(self):
        return sum(1 for e in self.entries if e.action == Action.CONFLICT)

    @property
    def changes_anything(self):
        """True when the import creates or updates at least one record."""
        return any(e.action in (Action.CREATE, Action.UPDATE) for e in self.entries) or bool(
            self.reporters or self.tags or self.redirects
        )

    def summary_lines(self):
        """The closing counts: articles, photos, reporters, tags, redirects, skipped, warnings."""
        lines = []
        for kind, label in (("post", _("Artikel")), ("attachment", _("Foto"))):
            lines.append(
                _(
                    "%(label)s: %(new)d dibuat, %(upd)d diperbarui, %(same)d tidak berubah, %(conflict)d konflik"
                )
                % {
                    "label": label,
                    "new": self.count(kind, Action.CREATE),
                    "upd": self.count(kind, Action.UPDATE),
                    "same": self.count(kind, Action.UNCHANGED),
                    "conflict": self.count(kind, Action.CONFLICT),
                }
            )
        lines += [
            _("Penulis baru: %d") % self.reporters,
            _("Topik baru: %d") % self.tags,
            _("Pengalihan alamat lama: %d") % self.redirects,
            _("Dilewati: %d") % self.skipped,
            _("Peringatan: %d") % len(self.warnings),
        ]
        if self.held:
            lines.insert(-1, _("Ditahan penjaga konten (menjadi draf): %d") % len(self.held))
        return lines

    def lines(self):
        """The whole report, line by line, as the command prints it and the admin shows it."""
        out = []
        if self.dry_run:
            out.append(_("UJI COBA: tidak ada yang disimpan."))
        out += [str(e) for e in self.entries]
        if self.removed_shortcodes:
            removed = ", ".join(
                f"[{name}] \u00d7{n}" for name, n in sorted(self.removed_shortcodes.items())
            )
            out.append(_("Kode pendek yang dibuang: %s") % removed)
        out += [_("Peringatan: %s") % w for w in self.warnings]
        out += self.held
        if not self.changes_anything:
            out.append(
                _("Tidak ada perubahan: isi berkas ini sudah diimpor sebelumnya.")
                if any(e.action == Action.UNCHANGED for e in self.entries)
                else _("Tidak ada perubahan.")
            )
        out += self.summary_lines()
        return out

    def __str__(self):
        return "\n".join(self.lines())
