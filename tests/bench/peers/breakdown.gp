# breakdown.gp: the breakdown chart drawn by gnuplot, as a peer for the
# export benchmark (tests/bench/run). Same title, subtitle, three labelled
# bars, value axis and source line as `ontheemd --export --lang en`.
#
#   gnuplot -e "term='pngcairo'; out='x.png'" breakdown.gp
#   term: pngcairo (1920x1080 pixels), svg or pdfcairo (1920x1080 points)
#
# SPDX-License-Identifier: GPL-3.0-or-later

if (!exists("term")) term = 'pngcairo'
if (!exists("out")) out = 'breakdown.png'

if (term eq 'pngcairo') {
    set terminal pngcairo size 1920,1080 font 'Cantarell,16' noenhanced
} else {
    if (term eq 'svg') {
        set terminal svg size 1920,1080 font 'Cantarell,16' noenhanced
    } else {
        # pdfcairo takes inches: 1920x1080 points.
        set terminal pdfcairo size 26.6667in,15in font 'Cantarell,16' noenhanced
    }
}
set output out

set encoding utf8
set label 3 'Displaced or on the run worldwide: 65.3 million' at screen 0.028, screen 0.93 \
    left font 'Cantarell Bold,34' textcolor rgb '#1e1e22'
set label 4 'Split into 3 groups' at screen 0.028, screen 0.875 \
    left font 'Cantarell,21' textcolor rgb '#5c5c64'
set label 1 'million people' at screen 0.028, screen 0.81 left textcolor rgb '#5c5c64'
set label 2 'Source: Kamerstuk 26 150, no. 155, 8 September 2016' at screen 0.03, screen 0.04 \
    left textcolor rgb '#5c5c64' font 'Cantarell,15'

set style data histograms
set style histogram clustered gap 0.6
set style fill solid 1.0 noborder
set boxwidth 0.62
set yrange [0:50]
set ytics 10 nomirror scale 0 textcolor rgb '#5c5c64'
set xtics nomirror scale 0 font 'Cantarell,19'
set grid ytics linetype 1 dashtype solid linecolor rgb '#dddde0' linewidth 1.5
set border 1 linewidth 3 linecolor rgb '#1e1e22'
set key off
set lmargin 10
set rmargin 6
set tmargin 9
set bmargin 7

$data << EOD
Refugees              21.3 0x0072b2
"Internally displaced" 40.8 0xd55e00
"Asylum seekers"      3.2  0x009e73
EOD

plot $data using 0:2:(0.62):3:xtic(1) with boxes linecolor rgb variable, \
     $data using 0:2:(sprintf('%.1f million', $2)) with labels offset 0,1.4 \
           font 'Cantarell Bold,22' textcolor rgb '#1e1e22'
