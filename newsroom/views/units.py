"""Public pages of units (UPT) and regions: the directory, and each one's news."""

from django import forms
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from newsroom.cache import cached_public_page
from newsroom.models import Article
from newsroom.pagination import paginate, paginate_newest
from newsroom.structured_data import absolute
from upt.models import UPT, Region, SocialAccount, UnitType


class UnitFilterForm(forms.Form):
    wilayah = forms.ModelChoiceField(
        label=_("Wilayah"),
        queryset=Region.objects.only("name", "slug"),
        to_field_name="slug",
        required=False,
        empty_label=_("Semua wilayah"),
    )
    jenis = forms.ChoiceField(
        label=_("Jenis"), choices=[("", _("Semua jenis")), *UnitType.choices], required=False
    )


@cached_public_page
def unit_list(request):
    form = UnitFilterForm(request.GET or None)
    units = UPT.objects.active().select_related("region")
    if form.is_valid():
        if form.cleaned_data["wilayah"]:
            units = units.filter(region=form.cleaned_data["wilayah"])
        if form.cleaned_data["jenis"]:
            units = units.filter(type=form.cleaned_data["jenis"])
    page = paginate(request, units.order_by("region__name", "name"), per_page=50)
    return render(
        request,
        "upt/unit_list.html",
        {"form": form, "page_obj": page, "canonical_url": absolute(request.path)},
    )


@cached_public_page
def unit_detail(request, slug):
    unit = get_object_or_404(
        UPT.objects.all()
        .select_related("region")
        .prefetch_related(
            Prefetch(
                "social_accounts",
                queryset=SocialAccount.objects.filter(is_active=True),
                to_attr="active_social_accounts",
            )
        ),
        slug=slug,
    )
    page = paginate_newest(
        request, Article.objects.live().for_listing().filter(unit=unit), per_page=10
    )
    return render(
        request,
        "upt/unit_detail.html",
        {
            "unit": unit,
            "page_obj": page,
            "canonical_url": absolute(request.path),
        },
    )


@cached_public_page
def region_detail(request, slug):
    region = get_object_or_404(Region, slug=slug)
    page = paginate_newest(
        request, Article.objects.live().for_listing().filter(unit__region=region), per_page=10
    )
    return render(
        request,
        "upt/region_detail.html",
        {
            "region": region,
            "units": list(region.units.active().only("name", "slug", "region_id")),
            "page_obj": page,
            "canonical_url": absolute(request.path),
        },
    )
