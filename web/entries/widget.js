// offercheck-widget.js: OfferCheck and <offer-check>, in one classic script.
import { OfferCheck } from "../api/offercheck-api.js";
import { BANDS, INDEX } from "offercheck:index";
import { WIDGET_CSS } from "offercheck:widget-css";
import { defineOfferCheckElement } from "../widget/offer-check-element.js";

defineOfferCheckElement(OfferCheck, INDEX, WIDGET_CSS, BANDS);
