// After django-otp-webauthn's script has registered a passkey, go on to the next step
// (backup codes for a first device); its own script only reports success in place.
document.addEventListener("otp_webauthn.register_complete", (event) => {
  const doneUrl = event.target.dataset.doneUrl;
  if (doneUrl) {
    window.location.assign(doneUrl);
  }
});
