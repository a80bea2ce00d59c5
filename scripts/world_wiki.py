"""The source line of the world layer's curated water: the Wikipedia articles read."""

WIKI = "Wikipedia articles (en, az, fa, ru, hy, tr, de) on {what}, read 2026-11"
