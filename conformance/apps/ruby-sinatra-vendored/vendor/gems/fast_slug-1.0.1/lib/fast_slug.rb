# frozen_string_literal: true

require "fast_slug/fast_slug"
