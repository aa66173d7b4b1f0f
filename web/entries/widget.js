// offercheck-widget.js (the guide reader fetched from offercheck-reader.js
// beside it) and offercheck-widget-inline.js (the reader inside): OfferCheck
// and <offer-check>, in one classic script.
import { OfferCheck } from "../api/offercheck-api.js";
import { BANDS, INDEX } from "offercheck:index";
import { WIDGET_CSS } from "offercheck:widget-css";
import { defineOfferCheckElement } from "../widget/offer-check-element.js";

defineOfferCheckElement(OfferCheck, INDEX, WIDGET_CSS, BANDS);
