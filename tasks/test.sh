#!/usr/bin/env bash
echo "placeholder: 0 passed, 0 failed"
