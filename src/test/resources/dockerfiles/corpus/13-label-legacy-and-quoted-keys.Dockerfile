FROM alpine:3.19
LABEL version 1.0
LABEL "com.example.vendor"="ACME Incorporated"
LABEL multi.label1="value1" multi.label2="value2" other="value3"
