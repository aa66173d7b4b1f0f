// The page's script (offercheck.html, and index.html's assets/offercheck.js).
import { OfferCheck } from "../api/offercheck-api.js";
import { BANDS, INDEX } from "offercheck:index";
import { startPage } from "../page/page.js";

startPage(OfferCheck, INDEX, BANDS);
