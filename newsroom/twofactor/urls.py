from django.urls import path

from . import views

app_name = "twofactor"

urlpatterns = [
    path("", views.verify, name="verify"),
    path("keluar/", views.log_out, name="logout"),
    path("daftar/", views.enrol, name="enrol"),
    path("daftar/qr.svg", views.enrol_qr, name="enrol-qr"),
    path("kode-cadangan/", views.recovery_codes, name="recovery-codes"),
    path("kode-cadangan/baru/", views.new_recovery_codes, name="new-recovery-codes"),
]
