From alpine:3.19 As Builder
Run echo mixed
CoPy --from=builder /etc/hostname /h
